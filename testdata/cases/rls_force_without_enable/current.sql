-- a plain table
CREATE TABLE documents (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner_name name NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
INSERT INTO documents VALUES (1, 1, 'alice', true, 'x'), (2, 2, 'bob', false, 'y');
