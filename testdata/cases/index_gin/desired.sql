-- creates GIN indexes: default jsonb opclass, jsonb_path_ops, array, tsvector, fastupdate parameter
CREATE TABLE documents (id integer PRIMARY KEY, data jsonb NOT NULL DEFAULT '{}', tags text[] NOT NULL DEFAULT '{}', search tsvector);
CREATE INDEX documents_data_idx ON documents USING gin (data);
CREATE INDEX documents_data_path_idx ON documents USING gin (data jsonb_path_ops);
CREATE INDEX documents_tags_idx ON documents USING gin (tags) WITH (fastupdate = off);
CREATE INDEX documents_search_idx ON documents USING gin (search);
