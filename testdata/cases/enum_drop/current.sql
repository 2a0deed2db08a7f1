-- an enum type that nothing uses
CREATE TYPE unused_kind AS ENUM ('a', 'b');
CREATE TABLE t (id integer PRIMARY KEY);
