-- a function taking an enum argument
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE FUNCTION mood_score(m mood) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE m WHEN 'sad' THEN 0 ELSE 1 END $$;
