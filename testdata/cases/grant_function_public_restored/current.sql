-- a function whose PUBLIC EXECUTE was revoked, granted to a role
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
REVOKE ALL ON FUNCTION add_tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO dl_writer;
CREATE TABLE rates (id integer PRIMARY KEY);
GRANT SELECT ON rates TO dl_reader;
