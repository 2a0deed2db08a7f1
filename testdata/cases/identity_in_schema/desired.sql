-- identity column on a table in a non-public schema
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY (INCREMENT 5) PRIMARY KEY);
