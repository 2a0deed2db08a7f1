-- adds an INSTEAD OF INSERT trigger on the view
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL);
CREATE VIEW people_full AS SELECT id, first || ' ' || last AS full_name FROM people;
CREATE FUNCTION people_full_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
    RETURN NEW;
END;
$$;
CREATE TRIGGER people_full_ins INSTEAD OF INSERT ON people_full FOR EACH ROW EXECUTE FUNCTION people_full_insert();
