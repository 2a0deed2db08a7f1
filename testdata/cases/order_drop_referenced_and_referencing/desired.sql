-- drops the whole chain; must drop in reverse dependency order (or drop FKs first)
CREATE TABLE keep (id integer PRIMARY KEY);
