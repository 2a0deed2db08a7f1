-- a table with a primary key
CREATE TABLE log (id integer PRIMARY KEY, msg text);
