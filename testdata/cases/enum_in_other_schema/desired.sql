-- creates an enum in a non-public schema and uses it from a public table and a schema table
CREATE SCHEMA types;
CREATE TYPE types.currency AS ENUM ('EUR', 'USD', 'GBP');
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,2) NOT NULL, cur types.currency NOT NULL DEFAULT 'EUR');
CREATE TABLE types.rates (cur types.currency PRIMARY KEY, rate numeric(10,6) NOT NULL);
