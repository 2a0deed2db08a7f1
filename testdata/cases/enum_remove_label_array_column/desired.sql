-- removes a label from an enum that is also used as an array element type (rebuild must handle perm[])
CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE roles (
    id integer PRIMARY KEY,
    main perm NOT NULL DEFAULT 'read',
    perms perm[] NOT NULL DEFAULT ARRAY['read']::perm[]
);
