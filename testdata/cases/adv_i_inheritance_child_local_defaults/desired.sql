CREATE TABLE animal (id int NOT NULL, name text, legs int DEFAULT 4);
CREATE TABLE bird (wings int DEFAULT 2, legs int DEFAULT 2, name text NOT NULL) INHERITS (animal);
CREATE TABLE fish () INHERITS (animal);
ALTER TABLE fish ALTER COLUMN legs SET DEFAULT 0;
ALTER TABLE fish ADD CONSTRAINT fish_no_legs CHECK (legs = 0) NO INHERIT;
