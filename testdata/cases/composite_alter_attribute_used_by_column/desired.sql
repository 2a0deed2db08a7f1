-- widens an attribute: ALTER ATTRIBUTE TYPE is refused while a column uses the type, so it has to be rebuilt keeping the rows
CREATE TYPE postal AS (line1 text, zip varchar(10));
CREATE TABLE shops (id integer PRIMARY KEY, addr postal NOT NULL);
