CREATE TABLE people (id int PRIMARY KEY, first text, last text, nick text);
CREATE FUNCTION display(p_id int) RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT coalesce(nick, first || ' ' || last) FROM people WHERE id = p_id; END;
