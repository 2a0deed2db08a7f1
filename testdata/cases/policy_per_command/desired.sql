-- one policy per command: SELECT (USING), INSERT (WITH CHECK only), UPDATE (both), DELETE (USING only)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_select ON documents FOR SELECT USING (published OR owner_name = current_user);
CREATE POLICY doc_insert ON documents FOR INSERT WITH CHECK (owner_name = current_user);
CREATE POLICY doc_update ON documents FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY doc_delete ON documents FOR DELETE USING (owner_name = current_user AND NOT published);
