-- replaces a btree index with a same-named GiST index using gist_trgm_ops
CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id integer PRIMARY KEY, title text);
CREATE INDEX docs_title_idx ON docs USING gist (title gist_trgm_ops);
