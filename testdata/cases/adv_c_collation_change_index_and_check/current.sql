CREATE TABLE words (w text PRIMARY KEY, lang text, CHECK (w > ''));
CREATE INDEX words_w ON words (w text_pattern_ops);
CREATE VIEW sorted AS SELECT w FROM words ORDER BY w;
INSERT INTO words VALUES ('b', 'x'), ('a', 'y');
