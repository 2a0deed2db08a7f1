CREATE SCHEMA "New App";
CREATE TABLE "New App".t (id int);
CREATE FUNCTION "New App".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE "New App".e AS ENUM ('x');
GRANT USAGE, CREATE ON SCHEMA "New App" TO dl_adv_app;
GRANT SELECT ON "New App".t TO dl_adv_app;
COMMENT ON SCHEMA "New App" IS 'new';
