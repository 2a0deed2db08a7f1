-- a numeric(8,2) column with data
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(8,2) NOT NULL CHECK (amount >= 0));
INSERT INTO prices VALUES (1, 123456.78), (2, 0.5);
