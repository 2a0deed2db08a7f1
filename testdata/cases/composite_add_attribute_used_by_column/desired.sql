-- appends an attribute to the composite type while a column uses it (rows keep their values)
CREATE TYPE address AS (street text, city text, country char(2));
CREATE TABLE customers (id integer PRIMARY KEY, home address);
