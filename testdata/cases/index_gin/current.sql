-- a documents table with jsonb, array and tsvector columns, no indexes
CREATE TABLE documents (id integer PRIMARY KEY, data jsonb NOT NULL DEFAULT '{}', tags text[] NOT NULL DEFAULT '{}', search tsvector);
INSERT INTO documents VALUES (1, '{"a": 1}', '{x,y}', to_tsvector('simple', 'hello world'));
