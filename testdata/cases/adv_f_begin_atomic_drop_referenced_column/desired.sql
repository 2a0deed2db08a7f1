CREATE TABLE people (id int PRIMARY KEY, first text, last text);
CREATE FUNCTION display(p_id int) RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT first || ' ' || last FROM people WHERE id = p_id; END;
