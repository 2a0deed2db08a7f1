-- a view with security_barrier=true and security_invoker=false
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, body text, is_public boolean NOT NULL DEFAULT false);
CREATE VIEW public_documents WITH (security_barrier = true, security_invoker = false) AS
    SELECT id, owner, body FROM documents WHERE is_public;
