-- settings of a table's TOAST table are table options spelled toast.*
CREATE TABLE docs (id int PRIMARY KEY, body text) WITH (fillfactor = 90);
CREATE TABLE notes (id int PRIMARY KEY, body text) WITH (toast.autovacuum_enabled = false);
