-- renames the argument (CREATE OR REPLACE cannot change input parameter names: needs drop + create)
CREATE FUNCTION square(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * n $$;
