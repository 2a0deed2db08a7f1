-- a multi-tenant SaaS schema before a release: domains, an enum, RLS per tenant, a range-partitioned events table, grants
CREATE SCHEMA core;
CREATE SCHEMA analytics;

CREATE DOMAIN core.email AS text
    CONSTRAINT email_format CHECK (VALUE ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$');
CREATE DOMAIN core.money_amount AS numeric(12,2)
    CONSTRAINT money_amount_non_negative CHECK (VALUE >= 0);
CREATE TYPE core.plan_tier AS ENUM ('free', 'pro');

CREATE FUNCTION core.current_tenant() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;

CREATE TABLE core.tenants (
    id bigint PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    tier core.plan_tier NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE core.users (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES core.tenants (id),
    email core.email NOT NULL,
    display_name text,
    UNIQUE (tenant_id, email)
);
ALTER TABLE core.users ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON core.users
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

CREATE TABLE core.invoices (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES core.tenants (id),
    total core.money_amount NOT NULL,
    issued_on date NOT NULL DEFAULT current_date
);
ALTER TABLE core.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON core.invoices
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

CREATE TABLE analytics.events (
    event_id uuid NOT NULL DEFAULT gen_random_uuid(),
    tenant_id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    PRIMARY KEY (event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE analytics.events_2024_q1 PARTITION OF analytics.events
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-04-01 00:00:00+00');
CREATE TABLE analytics.events_2024_q2 PARTITION OF analytics.events
    FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');
CREATE INDEX events_tenant_idx ON analytics.events (tenant_id, occurred_at);
ALTER TABLE analytics.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON analytics.events FOR SELECT TO dl_app
    USING (tenant_id = current_setting('app.tenant_id')::bigint);

GRANT USAGE ON SCHEMA core TO dl_app, dl_readonly;
GRANT USAGE ON SCHEMA analytics TO dl_app;
GRANT SELECT ON core.tenants TO PUBLIC;
GRANT SELECT, INSERT, UPDATE ON core.users TO dl_app;
GRANT SELECT ON core.invoices TO dl_readonly;
GRANT SELECT, INSERT ON analytics.events TO dl_app;

INSERT INTO core.tenants (id, slug, tier) VALUES (1, 'acme', 'pro'), (2, 'globex', 'free');
INSERT INTO core.users VALUES
    (1, 1, 'ada@acme.io', 'Ada'),
    (2, 1, 'bob@acme.io', NULL),
    (3, 2, 'carol@globex.com', 'Carol');
INSERT INTO core.invoices VALUES (1, 1, 120.00, '2024-02-01'), (2, 2, 0.00, '2024-05-01');
INSERT INTO analytics.events (tenant_id, occurred_at, kind, payload) VALUES
    (1, '2024-01-15 10:00:00+00', 'login', '{"ip": "10.0.0.1"}'),
    (1, '2024-05-02 08:30:00+00', 'invoice.sent', NULL),
    (2, '2024-06-30 23:59:59+00', 'login', '{}');
