CREATE FUNCTION area(w int, h int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
CREATE TABLE rects (id int PRIMARY KEY, w int, h int, a int GENERATED ALWAYS AS (area(w, h)) STORED);
INSERT INTO rects (id, w, h) VALUES (1, 2, 3);
