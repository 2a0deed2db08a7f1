CREATE SEQUENCE global_ids;
CREATE TABLE a (id bigint PRIMARY KEY DEFAULT nextval('global_ids'), x text);
CREATE TABLE b (id bigint PRIMARY KEY DEFAULT nextval('global_ids'::regclass), y text);
CREATE VIEW ids AS SELECT id FROM a UNION ALL SELECT id FROM b;
INSERT INTO a (x) VALUES ('1'); INSERT INTO b (y) VALUES ('2');
