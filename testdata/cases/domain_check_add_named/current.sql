-- an integer domain without checks, used by a column with valid rows
CREATE DOMAIN percentage AS integer;
CREATE TABLE progress (id integer PRIMARY KEY, done percentage);
INSERT INTO progress VALUES (1, 10), (2, 55), (3, 100);
