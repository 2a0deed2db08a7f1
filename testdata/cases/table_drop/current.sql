-- two tables, one obsolete with data and an index
CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE obsolete (id integer PRIMARY KEY, note text);
CREATE INDEX obsolete_note_idx ON obsolete (note);
INSERT INTO obsolete VALUES (1, 'x');
