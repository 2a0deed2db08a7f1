-- an unused domain next to a table
CREATE DOMAIN zip_code AS varchar(10) CONSTRAINT zip_code_digits CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TABLE towns (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO towns VALUES (1, 'Springfield');
