-- pg_trgm installed, a btree index on title
CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id integer PRIMARY KEY, title text);
CREATE INDEX docs_title_idx ON docs (title);
