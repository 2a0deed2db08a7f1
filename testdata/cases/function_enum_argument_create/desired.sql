-- creates an enum in a schema and a function taking an array of it and returning it (type before function)
CREATE SCHEMA app;
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');
CREATE FUNCTION app.highest(VARIADIC ls app.level[]) RETURNS app.level LANGUAGE sql IMMUTABLE AS $$ SELECT max(l) FROM unnest(ls) AS l $$;
