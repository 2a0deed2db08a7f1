-- three stacked views over an integer column, with data
CREATE TABLE events (id integer PRIMARY KEY, user_id integer NOT NULL, kind text NOT NULL);
INSERT INTO events VALUES (1, 10, 'login'), (2, 10, 'logout'), (3, 11, 'login');
CREATE VIEW v1 AS SELECT id, user_id, kind FROM events;
CREATE VIEW v2 AS SELECT user_id, count(*) AS n FROM v1 GROUP BY user_id;
CREATE VIEW v3 AS SELECT user_id FROM v2 WHERE n > 1;
