-- the same policy now applies to UPDATE: the command cannot be altered, the policy is recreated
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_policy ON documents FOR UPDATE USING (owner_name = current_user);
