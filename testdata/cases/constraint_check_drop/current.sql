-- two check constraints
CREATE TABLE people (id integer PRIMARY KEY, age integer CHECK (age >= 0), name text CHECK (name <> ''));
