-- a column uses an enum type
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE cars (id integer PRIMARY KEY, color color NOT NULL DEFAULT 'red', model text);
INSERT INTO cars VALUES (1, 'blue', 'beetle');
