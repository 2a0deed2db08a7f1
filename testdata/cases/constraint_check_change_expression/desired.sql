-- changes the expression of a check constraint keeping its name
CREATE TABLE people (id integer PRIMARY KEY, age integer CHECK (age >= 0 AND age < 150));
