CREATE FUNCTION next_ref() RETURNS bigint LANGUAGE sql AS $$ SELECT 2::bigint $$;
CREATE TABLE refs (id int PRIMARY KEY, ref bigint DEFAULT next_ref());
