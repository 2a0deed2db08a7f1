-- goes back to the default collation
CREATE TABLE words (id integer PRIMARY KEY, w text);
