-- changes OUT columns (drop + create), body of the INOUT function, and VARIADIC element type (new signature)
CREATE FUNCTION split_name(IN full_name text, OUT first_name text, OUT last_name text, OUT parts integer)
    LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2), array_length(string_to_array(full_name, ' '), 1) $$;
CREATE FUNCTION bump(INOUT counter integer, step integer DEFAULT 1)
    LANGUAGE sql IMMUTABLE AS $$ SELECT counter + step * 2 $$;
CREATE FUNCTION total(VARIADIC nums numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT sum(n) FROM unnest(nums) AS n $$;
