-- creates a view whose column list names fewer columns than the query returns
CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, value double precision);
CREATE VIEW readings (reading_id, sensor_name) AS SELECT id, sensor, value FROM measurements;
