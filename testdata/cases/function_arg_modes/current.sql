-- functions with IN, OUT, INOUT and VARIADIC arguments
CREATE FUNCTION split_name(IN full_name text, OUT first_name text, OUT last_name text)
    LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;
CREATE FUNCTION bump(INOUT counter integer, step integer DEFAULT 1)
    LANGUAGE sql IMMUTABLE AS $$ SELECT counter + step $$;
CREATE FUNCTION total(VARIADIC nums integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT sum(n)::integer FROM unnest(nums) AS n $$;
