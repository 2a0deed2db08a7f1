-- a generated column
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, doubled numeric GENERATED ALWAYS AS (price * 2) STORED);
INSERT INTO lines VALUES (1, 5);
