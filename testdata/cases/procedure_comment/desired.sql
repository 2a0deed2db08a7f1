-- adds a comment on the procedure (COMMENT ON PROCEDURE)
CREATE PROCEDURE noop_proc(n integer) LANGUAGE sql AS $$ SELECT n $$;
COMMENT ON PROCEDURE noop_proc(integer) IS 'does nothing useful';
