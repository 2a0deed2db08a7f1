-- the same objects now live in schema new_ns and old_ns is gone
CREATE SCHEMA new_ns;
CREATE TYPE new_ns.flag AS ENUM ('y', 'n');
CREATE TABLE new_ns.parents (id integer PRIMARY KEY);
CREATE TABLE new_ns.kids (id integer PRIMARY KEY, parent_id integer REFERENCES new_ns.parents, f new_ns.flag);
