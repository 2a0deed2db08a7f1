-- unqualified, unquoted names
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE things (id integer PRIMARY KEY, k kind DEFAULT 'a');
CREATE INDEX things_k_idx ON things (k);
