-- removes security_barrier and flips security_invoker to true
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text, is_public boolean NOT NULL DEFAULT false);
CREATE VIEW public_documents WITH (security_invoker = true) AS
    SELECT id, owner, body FROM documents WHERE is_public;
