-- two tables with consistent data, no foreign key yet
CREATE TABLE authors (id integer PRIMARY KEY);
CREATE TABLE books (id integer PRIMARY KEY, author_id integer);
INSERT INTO authors VALUES (1); INSERT INTO books VALUES (1, 1), (2, NULL);
