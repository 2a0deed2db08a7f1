-- grants EXECUTE to one role, still not to PUBLIC
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
REVOKE EXECUTE ON FUNCTION add_tax(numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_tax(numeric) TO dl_writer;
