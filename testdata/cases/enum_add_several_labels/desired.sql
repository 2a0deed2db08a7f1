-- adds several labels at the start, in between and at the end
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri');
CREATE TABLE shifts (id integer PRIMARY KEY, day weekday NOT NULL);
