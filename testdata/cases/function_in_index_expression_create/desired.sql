-- creates an IMMUTABLE function and then an expression index and a CHECK using it (function first)
CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(e) $$;
CREATE TABLE subscribers (id integer PRIMARY KEY, email text NOT NULL CONSTRAINT email_normalisable CHECK (norm_email(email) <> ''));
CREATE UNIQUE INDEX subscribers_email_idx ON subscribers (norm_email(email));
