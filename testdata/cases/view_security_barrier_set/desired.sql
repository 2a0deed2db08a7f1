-- sets security_barrier on an existing view, definition unchanged
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text, is_public boolean NOT NULL DEFAULT false);
CREATE VIEW public_documents WITH (security_barrier) AS SELECT id, owner, body FROM documents WHERE is_public;
