-- an enum used by a column with a default, a view and a function argument
CREATE TYPE severity AS ENUM ('high', 'low', 'medium');
CREATE TABLE incidents (id integer PRIMARY KEY, sev severity NOT NULL DEFAULT 'low');
INSERT INTO incidents VALUES (1, 'high'), (2, 'medium'), (3, 'low');
CREATE VIEW urgent_incidents AS SELECT id FROM incidents WHERE sev = 'high';
CREATE FUNCTION is_urgent(s severity) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'high' $$;
