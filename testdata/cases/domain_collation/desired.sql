-- creates a domain with an explicit collation (COLLATE "C") and a new column using it
CREATE DOMAIN code_c AS text COLLATE "C";
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL, code code_c);
