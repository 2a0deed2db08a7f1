-- the policy's USING expression changes (ALTER POLICY ... USING)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON documents FOR SELECT
    USING (tenant_id = current_setting('app.tenant_id')::integer OR published);
