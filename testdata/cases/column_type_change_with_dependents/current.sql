-- a varchar column used by an expression index, a partial index, a check and a unique constraint
CREATE TABLE members (
    id integer PRIMARY KEY,
    handle varchar(20) NOT NULL CONSTRAINT members_handle_key UNIQUE CONSTRAINT members_handle_check CHECK (handle <> ''),
    active boolean NOT NULL DEFAULT true
);
CREATE INDEX members_handle_lower_idx ON members (lower(handle));
CREATE INDEX members_active_handle_idx ON members (handle) WHERE active;
INSERT INTO members VALUES (1, 'neo', true);
