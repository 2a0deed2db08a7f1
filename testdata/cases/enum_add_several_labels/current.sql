-- an enum with two labels
CREATE TYPE weekday AS ENUM ('tue', 'thu');
CREATE TABLE shifts (id integer PRIMARY KEY, day weekday NOT NULL);
INSERT INTO shifts VALUES (1, 'tue'), (2, 'thu');
