CREATE TYPE thing AS (id int, label text, weight numeric);
CREATE TABLE holder (id int PRIMARY KEY, t thing);
