-- a sequence and an enum without comments
CREATE SEQUENCE seq1;
CREATE TYPE e1 AS ENUM ('a', 'b');
