-- changes the function in schema util and adds a same-named function in a new schema and in public
CREATE SCHEMA util;
CREATE SCHEMA math;
CREATE FUNCTION util.clamp(v integer, lo integer, hi integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT greatest(lo, least(hi, v)) $$;
CREATE FUNCTION math.clamp(v integer, lo integer, hi integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN v < lo THEN lo WHEN v > hi THEN hi ELSE v END $$;
CREATE FUNCTION public.clamp(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(0, least(1, v)) $$;
