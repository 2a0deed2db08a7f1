CREATE SCHEMA "Old App";
CREATE TABLE "Old App".t (id int);
CREATE FUNCTION "Old App".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE "Old App".e AS ENUM ('x');
GRANT USAGE ON SCHEMA "Old App" TO dl_adv_app;
GRANT SELECT ON "Old App".t TO dl_adv_app;
COMMENT ON SCHEMA "Old App" IS 'old';
