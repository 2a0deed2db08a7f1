
CREATE SCHEMA app;
CREATE FUNCTION app.current_tenant() RETURNS integer LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $$;
CREATE DOMAIN app.tenant_id AS integer NOT NULL DEFAULT app.current_tenant() CHECK (VALUE > 0);
CREATE TABLE app.tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.notes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id app.tenant_id REFERENCES app.tenants(id),
  body text NOT NULL
);
CREATE TABLE app.tags (
  tenant_id app.tenant_id REFERENCES app.tenants(id),
  name text NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
ALTER TABLE app.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON app.notes TO adv2b_authenticated USING (tenant_id = app.current_tenant());
GRANT SELECT, INSERT ON app.notes TO adv2b_authenticated;

INSERT INTO app.tenants VALUES (1, 'acme'), (2, 'globex');
INSERT INTO app.notes (tenant_id, body) VALUES (1, 'hello'), (2, 'world');
INSERT INTO app.tags VALUES (1, 'urgent');
