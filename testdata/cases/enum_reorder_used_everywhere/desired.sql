-- reorders the labels (type rebuild) while a column, its default, a view and a function use the type; rows kept
CREATE TYPE severity AS ENUM ('low', 'medium', 'high');
CREATE TABLE incidents (id integer PRIMARY KEY, sev severity NOT NULL DEFAULT 'low');
CREATE VIEW urgent_incidents AS SELECT id FROM incidents WHERE sev = 'high';
CREATE FUNCTION is_urgent(s severity) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'high' $$;
