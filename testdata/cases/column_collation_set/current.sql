-- text columns with the database default collation
CREATE TABLE words (id integer PRIMARY KEY, w text NOT NULL, v varchar(20));
INSERT INTO words VALUES (1, 'b', 'x'), (2, 'A', 'y');
