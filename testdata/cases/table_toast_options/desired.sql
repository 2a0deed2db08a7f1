CREATE TABLE docs (id int PRIMARY KEY, body text) WITH (fillfactor = 90, toast.autovacuum_enabled = false, toast.vacuum_truncate = false);
CREATE TABLE notes (id int PRIMARY KEY, body text);
