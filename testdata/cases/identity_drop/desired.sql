-- drops the identity property but keeps the (NOT NULL) column and its data
CREATE TABLE products (id integer NOT NULL PRIMARY KEY, name text);
