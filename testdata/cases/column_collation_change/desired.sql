-- changes the column collation from "C" to "POSIX"; the index follows
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "POSIX" NOT NULL);
CREATE INDEX words_w_idx ON words (w);
