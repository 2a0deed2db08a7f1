-- a commented view and view column
CREATE TABLE staff (id integer PRIMARY KEY, name text NOT NULL, salary numeric);
CREATE VIEW staff_names AS SELECT id, name, salary FROM staff;
COMMENT ON VIEW staff_names IS 'names only';
COMMENT ON COLUMN staff_names.name IS 'display name';
