-- sets explicit collations "C" and "POSIX" on columns
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE "C" NOT NULL, v varchar(20) COLLATE "POSIX");
