
CREATE SCHEMA app;
SET search_path = app, public;
CREATE FUNCTION current_tenant() RETURNS integer LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $$;
CREATE DOMAIN tenant_id AS integer NOT NULL DEFAULT current_tenant() CHECK (VALUE > 0);
CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE notes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id tenant_id REFERENCES tenants(id),
  body text NOT NULL
);
CREATE TABLE tags (
  tenant_id tenant_id REFERENCES tenants(id),
  name text NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON notes TO adv2b_authenticated USING (tenant_id = current_tenant());
GRANT SELECT, INSERT ON notes TO adv2b_authenticated;
