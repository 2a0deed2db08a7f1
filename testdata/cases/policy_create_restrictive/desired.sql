-- adds a RESTRICTIVE SELECT policy that is AND-ed with the permissive one
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON documents FOR SELECT USING (true);
CREATE POLICY only_published ON documents AS RESTRICTIVE FOR SELECT USING (published);
