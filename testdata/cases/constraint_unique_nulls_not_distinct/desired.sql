-- switches the unique constraint to NULLS NOT DISTINCT (PostgreSQL 15)
CREATE TABLE devices (id integer PRIMARY KEY, serial text, CONSTRAINT devices_serial_key UNIQUE NULLS NOT DISTINCT (serial));
