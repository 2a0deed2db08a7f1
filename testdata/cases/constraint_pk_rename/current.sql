-- a primary key with the default name
CREATE TABLE regions (id integer PRIMARY KEY);
