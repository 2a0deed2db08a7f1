-- an enum exists, the table has no array column yet
CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE roles (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO roles VALUES (1, 'viewer');
