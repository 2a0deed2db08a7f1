-- a new memberships table and a policy whose USING has a subquery on it (create the table first)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE TABLE memberships (member name NOT NULL, tenant_id integer NOT NULL, PRIMARY KEY (member, tenant_id));
CREATE POLICY member_tenants ON documents
    USING (EXISTS (SELECT 1 FROM memberships m WHERE m.member = current_user AND m.tenant_id = documents.tenant_id));
