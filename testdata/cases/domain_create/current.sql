-- no domains yet, only an unrelated table
CREATE TABLE notes (id integer PRIMARY KEY, body text);
