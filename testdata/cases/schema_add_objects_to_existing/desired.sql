-- adds a table, a sequence and an enum into an already existing schema
CREATE SCHEMA inventory;
CREATE TYPE inventory.unit AS ENUM ('piece', 'kg', 'litre');
CREATE SEQUENCE inventory.sku_seq START 1000;
CREATE TABLE inventory.items (id integer PRIMARY KEY);
CREATE TABLE inventory.stock (
    item_id integer NOT NULL REFERENCES inventory.items (id),
    sku bigint NOT NULL DEFAULT nextval('inventory.sku_seq'),
    unit inventory.unit NOT NULL,
    qty numeric(10,3) NOT NULL DEFAULT 0
);
