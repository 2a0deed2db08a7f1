-- a procedure without a comment
CREATE PROCEDURE noop_proc(n integer) LANGUAGE sql AS $$ SELECT n $$;
