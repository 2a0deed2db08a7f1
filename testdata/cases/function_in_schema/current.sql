-- a function in a non-public schema
CREATE SCHEMA util;
CREATE FUNCTION util.clamp(v integer, lo integer, hi integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(lo, least(hi, v)) $$;
