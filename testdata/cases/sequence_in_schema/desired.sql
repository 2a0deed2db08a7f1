-- creates a sequence in a non-public schema, used by a public table default
CREATE SCHEMA counters;
CREATE SEQUENCE counters.receipt_no START 1 INCREMENT 1 MINVALUE 1 MAXVALUE 99999999;
CREATE TABLE receipts (
    no bigint PRIMARY KEY DEFAULT nextval('counters.receipt_no'),
    total numeric(10,2)
);
