-- an IMMUTABLE function used in an expression index
CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(e) $$;
CREATE TABLE subscribers (id integer PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX subscribers_email_idx ON subscribers (norm_email(email));
