-- a function where two arguments have defaults
CREATE FUNCTION make_label(name text, prefix text DEFAULT 'item', suffix text DEFAULT '') RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || ':' || name || suffix $$;
