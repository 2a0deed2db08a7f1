-- a filtering view without options
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text, is_public boolean NOT NULL DEFAULT false);
CREATE VIEW public_documents AS SELECT id, owner, body FROM documents WHERE is_public;
