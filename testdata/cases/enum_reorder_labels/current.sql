-- an enum whose labels are in the wrong order
CREATE TYPE rating AS ENUM ('good', 'bad', 'neutral');
CREATE TABLE reviews (id integer PRIMARY KEY, rating rating DEFAULT 'neutral');
INSERT INTO reviews VALUES (1, 'good'), (2, 'bad'), (3, NULL);
