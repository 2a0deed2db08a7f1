-- an enum with two labels used by a column
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE alarms (id integer PRIMARY KEY, lvl level NOT NULL);
INSERT INTO alarms VALUES (1, 'low'), (2, 'high');
