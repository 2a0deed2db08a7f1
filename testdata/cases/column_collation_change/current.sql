-- a column collated "C" with an index
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "C" NOT NULL);
CREATE INDEX words_w_idx ON words (w);
