CREATE DOMAIN code AS text CHECK (VALUE <> '');
CREATE DOMAIN code_list AS code[];
CREATE TABLE items (id int PRIMARY KEY, codes code[] NOT NULL DEFAULT '{}', more code_list);
CREATE INDEX items_codes ON items USING gin (codes);
CREATE VIEW item_codes AS SELECT id, codes, more FROM items;
INSERT INTO items VALUES (1, '{AB,CD}', '{EF}'), (2, '{}', NULL);
