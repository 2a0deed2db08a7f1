CREATE TYPE "Mood" AS ENUM ('it''s ok', 'sad "really"', 'a,b', '{brace}', ' lead space', 'new, one');
CREATE TABLE t (id int PRIMARY KEY, m "Mood" DEFAULT 'a,b', ms "Mood"[] DEFAULT '{"a,b","{brace}"}');
CREATE VIEW v AS SELECT id, ms, m = 'it''s ok' AS ok FROM t;
