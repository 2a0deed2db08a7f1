-- the enum gains a label and the function body handles it
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION mood_score(m mood) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE m WHEN 'sad' THEN 0 WHEN 'ok' THEN 1 ELSE 2 END $$;
