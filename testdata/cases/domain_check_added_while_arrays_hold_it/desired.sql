-- PostgreSQL refuses ALTER DOMAIN ... ADD CONSTRAINT while a column holds
-- the domain in an array (or in a domain over an array): those columns
-- leave the domain for the step and come back, validated.
CREATE DOMAIN code AS text CHECK (VALUE <> '') CONSTRAINT short CHECK (length(VALUE) < 10);
CREATE DOMAIN code_list AS code[];
CREATE TABLE items (id int PRIMARY KEY, codes code[] NOT NULL DEFAULT '{}', more code_list);
CREATE INDEX items_codes ON items USING gin (codes);
CREATE VIEW item_codes AS SELECT id, codes, more FROM items;
