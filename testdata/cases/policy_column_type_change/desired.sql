-- the column becomes bigint: PostgreSQL refuses to retype a column used in a policy, so the policy is dropped and recreated around it
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id bigint NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON documents USING (tenant_id = current_setting('app.tenant_id')::bigint);
