-- drops a stored generated column
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL);
