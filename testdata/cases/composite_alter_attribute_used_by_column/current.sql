-- a composite type used by a table column with rows
CREATE TYPE postal AS (line1 text, zip varchar(5));
CREATE TABLE shops (id integer PRIMARY KEY, addr postal NOT NULL);
INSERT INTO shops VALUES (1, ROW('High St 1', '12345'));
