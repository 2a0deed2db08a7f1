-- the function has no GRANT/REVOKE any more: it must get back the default ACL (EXECUTE to PUBLIC, no role grant)
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
CREATE TABLE rates (id integer PRIMARY KEY);
GRANT SELECT ON rates TO dl_reader;
