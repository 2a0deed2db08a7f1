-- drops the unused composite type
CREATE TABLE boxes (id integer PRIMARY KEY);
