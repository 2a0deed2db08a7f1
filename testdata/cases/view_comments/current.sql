-- a view with a comment on the view and on two of its columns
CREATE TABLE staff (id integer PRIMARY KEY, name text NOT NULL, salary numeric);
CREATE VIEW staff_names AS SELECT id, name, upper(name) AS shout FROM staff;
COMMENT ON VIEW staff_names IS 'names only';
COMMENT ON COLUMN staff_names.id IS 'staff id';
COMMENT ON COLUMN staff_names.shout IS 'upper-cased name';
