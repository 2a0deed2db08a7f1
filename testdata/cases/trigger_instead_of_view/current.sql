-- a non-updatable view without triggers
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL);
CREATE VIEW people_full AS SELECT id, first || ' ' || last AS full_name FROM people;
CREATE FUNCTION people_full_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
    RETURN NEW;
END;
$$;
