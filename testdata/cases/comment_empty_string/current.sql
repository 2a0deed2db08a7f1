-- a table with a comment
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS 'something';
