-- a regular column that should become computed
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, doubled numeric);
INSERT INTO lines VALUES (1, 5, 10);
