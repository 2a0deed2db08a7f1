-- a view with its column names given in a list
CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, value double precision);
CREATE VIEW readings (reading_id, sensor_name, reading) AS SELECT id, sensor, value FROM measurements;
