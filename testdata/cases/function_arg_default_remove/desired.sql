-- removes the argument defaults (CREATE OR REPLACE refuses to remove defaults: needs drop + create)
CREATE FUNCTION make_label(name text, prefix text, suffix text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || ':' || name || suffix $$;
