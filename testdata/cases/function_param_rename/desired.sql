CREATE FUNCTION area(width int, height int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT width * height $$;
CREATE TABLE rects (id int PRIMARY KEY, w int, h int, a int GENERATED ALWAYS AS (area(w, h)) STORED);
