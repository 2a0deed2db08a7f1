-- changes the names in the view column list, the query itself is unchanged
CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, value double precision);
CREATE VIEW readings (id, sensor, measured_value) AS SELECT id, sensor, value FROM measurements;
