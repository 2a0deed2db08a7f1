-- a plain integer key filled by the application
CREATE TABLE products (id integer NOT NULL PRIMARY KEY, name text);
INSERT INTO products VALUES (1, 'x'), (2, 'y');
