-- the policy's role list changes (ALTER POLICY ... TO dl_auditor, dl_reader)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY auditors_read ON documents FOR SELECT TO dl_auditor, dl_reader USING (true);
