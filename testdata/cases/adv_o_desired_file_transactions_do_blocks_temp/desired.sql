BEGIN;
CREATE SCHEMA app;
SELECT pg_catalog.set_config('search_path', 'app', false);
CREATE TABLE things (id int PRIMARY KEY);
COMMIT;
DO $$
BEGIN
  FOR i IN 1..3 LOOP
    EXECUTE format('CREATE TABLE app.%I (id int PRIMARY KEY, things_id int REFERENCES app.things (id))', 'part_' || i);
  END LOOP;
END $$;
CREATE TEMP TABLE scratch (x int);
CREATE TEMP VIEW scratch_v AS SELECT x FROM scratch;
INSERT INTO app.things VALUES (1), (2);
START TRANSACTION;
CREATE INDEX part_1_things ON app.part_1 (things_id);
END;
RESET search_path;
