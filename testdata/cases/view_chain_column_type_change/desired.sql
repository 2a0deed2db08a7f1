-- the base column becomes bigint: v3 on v2 on v1 must be dropped and recreated around the ALTER TYPE
CREATE TABLE events (id integer PRIMARY KEY, user_id bigint NOT NULL, kind text NOT NULL);
CREATE VIEW v1 AS SELECT id, user_id, kind FROM events;
CREATE VIEW v2 AS SELECT user_id, count(*) AS n FROM v1 GROUP BY user_id;
CREATE VIEW v3 AS SELECT user_id FROM v2 WHERE n > 1;
