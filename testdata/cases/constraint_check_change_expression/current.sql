-- a check constraint with the default name
CREATE TABLE people (id integer PRIMARY KEY, age integer CHECK (age >= 0));
INSERT INTO people VALUES (1, 30);
