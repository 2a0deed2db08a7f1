-- the view drops a column (drop + create), the unchanged comments must be put back afterwards
CREATE TABLE staff (id integer PRIMARY KEY, name text NOT NULL, salary numeric);
CREATE VIEW staff_names AS SELECT id, name FROM staff;
COMMENT ON VIEW staff_names IS 'names only';
COMMENT ON COLUMN staff_names.name IS 'display name';
