-- COMMENT IS '' removes the comment, so this must end with no comment at all
CREATE TABLE t (id integer PRIMARY KEY);
COMMENT ON TABLE t IS '';
