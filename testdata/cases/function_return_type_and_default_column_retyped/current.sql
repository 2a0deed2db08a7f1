CREATE FUNCTION next_ref() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE refs (id int PRIMARY KEY, ref int DEFAULT next_ref());
INSERT INTO refs (id) VALUES (1);
