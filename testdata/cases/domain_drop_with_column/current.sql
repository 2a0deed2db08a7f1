-- a domain used by a column that holds rows
CREATE DOMAIN positive_int AS integer CONSTRAINT positive_int_check CHECK (VALUE > 0);
CREATE TABLE stock (id integer PRIMARY KEY, qty positive_int NOT NULL);
INSERT INTO stock VALUES (1, 5), (2, 12);
