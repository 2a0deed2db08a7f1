-- adds a policy restricted to two roles (TO dl_reader, dl_writer)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON documents FOR SELECT USING (published);
CREATE POLICY staff_all ON documents TO dl_reader, dl_writer USING (true);
