-- an enum of weekdays used by a table
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
CREATE TABLE visits (id integer PRIMARY KEY, day weekday NOT NULL);
INSERT INTO visits VALUES (1, 'sat');
