-- adds nullable columns to a table with data
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, phone text, birthday date);
