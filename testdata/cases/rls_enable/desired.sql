-- enables row level security on the table (no policies: only the owner sees rows)
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
