-- a schema exists with one table
CREATE SCHEMA inventory;
CREATE TABLE inventory.items (id integer PRIMARY KEY);
