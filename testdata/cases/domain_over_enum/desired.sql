-- creates a domain over the enum with a DEFAULT and a CHECK on labels, and a new table using it
CREATE TYPE weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
CREATE TABLE visits (id integer PRIMARY KEY, day weekday NOT NULL);
CREATE DOMAIN workday AS weekday NOT NULL DEFAULT 'mon'
    CONSTRAINT workday_not_weekend CHECK (VALUE NOT IN ('sat', 'sun'));
CREATE TABLE shifts (id integer PRIMARY KEY, day workday);
