-- adds a differently labelled enum with the same name in another schema; public one unchanged
CREATE SCHEMA other;
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TYPE other.kind AS ENUM ('x', 'y', 'z');
CREATE TABLE things (id integer PRIMARY KEY, k kind, k2 other.kind);
