-- drops the domain: the column falls back to its base type integer first, keeping its rows
CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL);
