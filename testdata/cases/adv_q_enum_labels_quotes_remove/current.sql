CREATE TYPE "Mood" AS ENUM ('it''s ok', 'sad "really"', 'a,b', '{brace}', 'back\slash', ' lead space');
CREATE TABLE t (id int PRIMARY KEY, m "Mood" DEFAULT 'a,b', ms "Mood"[] DEFAULT '{"a,b","{brace}"}');
INSERT INTO t VALUES (1, 'it''s ok', '{"sad \"really\""}');
CREATE VIEW v AS SELECT id, ms, m = 'it''s ok' AS ok FROM t;
