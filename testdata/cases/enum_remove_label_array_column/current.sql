-- an enum used both as a scalar column and as an array column
CREATE TYPE perm AS ENUM ('read', 'write', 'delete', 'admin');
CREATE TABLE roles (
    id integer PRIMARY KEY,
    main perm NOT NULL DEFAULT 'read',
    perms perm[] NOT NULL DEFAULT ARRAY['read']::perm[]
);
INSERT INTO roles VALUES (1, 'read', '{read,write}'), (2, 'admin', '{admin}');
