-- installs pg_trgm and creates a GIN index with the gin_trgm_ops opclass
CREATE EXTENSION pg_trgm;
CREATE TABLE products (id integer PRIMARY KEY, title text NOT NULL);
CREATE INDEX products_title_trgm_idx ON products USING gin (title gin_trgm_ops);
