-- a procedure with the default ACL, plus a table grant
CREATE TABLE jobs (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
GRANT SELECT ON jobs TO dl_reader;
CREATE PROCEDURE finish_job(job integer) LANGUAGE sql AS $$ UPDATE jobs SET done = true WHERE id = job $$;
