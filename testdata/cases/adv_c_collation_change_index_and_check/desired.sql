CREATE TABLE words (w text COLLATE "C" PRIMARY KEY, lang text COLLATE "POSIX", CHECK (w > ''));
CREATE INDEX words_w ON words (w text_pattern_ops);
CREATE VIEW sorted AS SELECT w FROM words ORDER BY w;
