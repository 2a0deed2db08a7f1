-- drops the unused collation
CREATE TABLE words (id integer PRIMARY KEY, word text);
