-- adds a named CHECK constraint to the domain
CREATE DOMAIN percentage AS integer CONSTRAINT percentage_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE progress (id integer PRIMARY KEY, done percentage);
