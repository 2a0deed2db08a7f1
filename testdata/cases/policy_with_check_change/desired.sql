-- the policy gains a WITH CHECK expression different from USING (ALTER POLICY ... WITH CHECK)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON documents USING (owner_name = current_user)
    WITH CHECK (owner_name = current_user AND tenant_id > 0);
