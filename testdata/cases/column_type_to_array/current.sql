-- a scalar text column (no rows)
CREATE TABLE posts (id integer PRIMARY KEY, tag text);
