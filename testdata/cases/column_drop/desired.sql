-- drops columns that carry an index and a unique constraint
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
