-- everything lives in schema old_ns
CREATE SCHEMA old_ns;
CREATE TYPE old_ns.flag AS ENUM ('y', 'n');
CREATE TABLE old_ns.parents (id integer PRIMARY KEY);
CREATE TABLE old_ns.kids (id integer PRIMARY KEY, parent_id integer REFERENCES old_ns.parents, f old_ns.flag);
