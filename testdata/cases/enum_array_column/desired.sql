-- adds a column that is an array of an enum type, with an array default
CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE roles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    perms perm[] NOT NULL DEFAULT '{read}'
);
