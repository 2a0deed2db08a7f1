-- sets FORCE ROW LEVEL SECURITY without ENABLE: both flags are stored independently
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
