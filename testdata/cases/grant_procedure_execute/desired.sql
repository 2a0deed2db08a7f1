-- revokes EXECUTE on the procedure from PUBLIC and grants it to dl_writer (GRANT ... ON PROCEDURE)
CREATE TABLE jobs (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
GRANT SELECT ON jobs TO dl_reader;
CREATE PROCEDURE finish_job(job integer) LANGUAGE sql AS $$ UPDATE jobs SET done = true WHERE id = job $$;
REVOKE EXECUTE ON PROCEDURE finish_job(integer) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE finish_job(integer) TO dl_writer;
