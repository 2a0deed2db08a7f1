-- the release, ten edits at once: new enum label used by a new table's default, new and default partitions, policy USING changed, policy made restrictive, FORCE RLS, domain CHECK added and DEFAULT set, new domain column, grants reshuffled (PUBLIC revoked, column grants, function EXECUTE), new index, comments
CREATE SCHEMA core;
CREATE SCHEMA analytics;

CREATE DOMAIN core.email AS text
    CONSTRAINT email_format CHECK (VALUE ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$')
    CONSTRAINT email_max_length CHECK (length(VALUE) <= 254);
CREATE DOMAIN core.money_amount AS numeric(12,2) DEFAULT 0
    CONSTRAINT money_amount_non_negative CHECK (VALUE >= 0);
COMMENT ON DOMAIN core.email IS 'RFC-ish e-mail address';
COMMENT ON DOMAIN core.money_amount IS 'non-negative amount, 2 decimals';
CREATE TYPE core.plan_tier AS ENUM ('free', 'pro', 'enterprise');

CREATE FUNCTION core.current_tenant() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;

CREATE TABLE core.tenants (
    id bigint PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    tier core.plan_tier NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE core.subscriptions (
    tenant_id bigint NOT NULL REFERENCES core.tenants (id) ON DELETE CASCADE,
    tier core.plan_tier NOT NULL DEFAULT 'enterprise',
    seats integer NOT NULL CHECK (seats > 0),
    monthly_fee core.money_amount NOT NULL,
    PRIMARY KEY (tenant_id)
);
ALTER TABLE core.subscriptions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON core.subscriptions
    USING (tenant_id = core.current_tenant());

CREATE TABLE core.users (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES core.tenants (id),
    email core.email NOT NULL,
    display_name text,
    billing_email core.email,
    UNIQUE (tenant_id, email)
);
ALTER TABLE core.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE core.users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON core.users
    USING (tenant_id = core.current_tenant())
    WITH CHECK (tenant_id = core.current_tenant());

CREATE TABLE core.invoices (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES core.tenants (id),
    total core.money_amount NOT NULL,
    issued_on date NOT NULL DEFAULT current_date
);
ALTER TABLE core.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_visible ON core.invoices FOR SELECT USING (true);
CREATE POLICY tenant_isolation ON core.invoices AS RESTRICTIVE
    USING (tenant_id = core.current_tenant());

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
CREATE TABLE analytics.events_2024_q3 PARTITION OF analytics.events
    FOR VALUES FROM ('2024-07-01 00:00:00+00') TO ('2024-10-01 00:00:00+00');
CREATE TABLE analytics.events_overflow PARTITION OF analytics.events DEFAULT;
CREATE INDEX events_tenant_idx ON analytics.events (tenant_id, occurred_at);
CREATE INDEX events_kind_idx ON analytics.events (kind);
ALTER TABLE analytics.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON analytics.events FOR SELECT TO dl_app, dl_readonly
    USING (tenant_id = core.current_tenant());
COMMENT ON TABLE analytics.events IS 'append-only product events, partitioned by quarter';

GRANT USAGE ON SCHEMA core TO dl_app, dl_readonly;
GRANT USAGE ON SCHEMA analytics TO dl_app, dl_readonly;
REVOKE EXECUTE ON FUNCTION core.current_tenant() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION core.current_tenant() TO dl_app, dl_readonly;
GRANT SELECT ON core.tenants TO dl_app, dl_readonly;
GRANT SELECT, UPDATE ON core.users TO dl_app;
GRANT SELECT (id, tenant_id, display_name) ON core.users TO dl_support;
GRANT SELECT ON core.invoices TO dl_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON core.subscriptions TO dl_app;
GRANT SELECT ON core.subscriptions TO dl_readonly WITH GRANT OPTION;
GRANT SELECT, INSERT ON analytics.events TO dl_app;
GRANT SELECT ON analytics.events TO dl_readonly;
