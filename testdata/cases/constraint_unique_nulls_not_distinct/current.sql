-- a plain unique constraint where NULLs are distinct
CREATE TABLE devices (id integer PRIMARY KEY, serial text, CONSTRAINT devices_serial_key UNIQUE (serial));
INSERT INTO devices VALUES (1, NULL), (2, 'abc');
