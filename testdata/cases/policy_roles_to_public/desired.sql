-- the policy no longer names a role: it applies to PUBLIC (ALTER POLICY ... TO PUBLIC)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON documents FOR SELECT USING (published);
