-- only the table
CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, value double precision);
