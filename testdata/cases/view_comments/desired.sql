-- changes the view comment, removes one column comment, changes another and adds a new one
CREATE TABLE staff (id integer PRIMARY KEY, name text NOT NULL, salary numeric);
CREATE VIEW staff_names AS SELECT id, name, upper(name) AS shout FROM staff;
COMMENT ON VIEW staff_names IS 'staff names, no salaries';
COMMENT ON COLUMN staff_names.name IS 'display name';
COMMENT ON COLUMN staff_names.shout IS 'name in capitals';
