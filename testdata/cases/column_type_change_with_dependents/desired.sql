-- changes the column type to text; the dependent indexes and constraints must still exist, unchanged, afterwards
CREATE TABLE members (
    id integer PRIMARY KEY,
    handle text NOT NULL CONSTRAINT members_handle_key UNIQUE CONSTRAINT members_handle_check CHECK (handle <> ''),
    active boolean NOT NULL DEFAULT true
);
CREATE INDEX members_handle_lower_idx ON members (lower(handle));
CREATE INDEX members_active_handle_idx ON members (handle) WHERE active;
