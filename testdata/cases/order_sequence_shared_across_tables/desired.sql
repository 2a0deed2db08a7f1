-- a sequence owned by one new table and used as default by another new table
CREATE TABLE documents (id bigint PRIMARY KEY);
CREATE SEQUENCE doc_ids OWNED BY documents.id;
ALTER TABLE documents ALTER COLUMN id SET DEFAULT nextval('doc_ids');
CREATE TABLE drafts (id bigint PRIMARY KEY DEFAULT nextval('doc_ids'), body text);
