CREATE TYPE intrange AS RANGE (subtype = int4);
CREATE TABLE slots (id int PRIMARY KEY, taken intrange);
INSERT INTO slots VALUES (1, '[1,5)');
