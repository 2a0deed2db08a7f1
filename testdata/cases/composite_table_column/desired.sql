-- adds a column of the composite type to the table
CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), ship_to address);
