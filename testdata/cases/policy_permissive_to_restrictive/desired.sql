-- the second policy becomes RESTRICTIVE: not alterable, the policy is recreated
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY base_read ON documents FOR SELECT USING (true);
CREATE POLICY tenant_only ON documents AS RESTRICTIVE FOR SELECT USING (tenant_id = current_setting('app.tenant_id')::integer);
