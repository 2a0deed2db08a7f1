-- a new function in a new schema and a policy calling it (function before policy)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE SCHEMA auth;
CREATE FUNCTION auth.current_tenant() RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::integer $$;
CREATE POLICY tenant_rows ON documents USING (tenant_id = auth.current_tenant());
