-- the indexed function body changes; the index stays defined on the function
CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT lower(trim(e)) $$;
CREATE TABLE subscribers (id integer PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX subscribers_email_idx ON subscribers (norm_email(email));
