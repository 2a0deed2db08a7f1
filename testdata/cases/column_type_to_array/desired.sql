-- changes a scalar column to an array of the same element type
CREATE TABLE posts (id integer PRIMARY KEY, tag text[]);
