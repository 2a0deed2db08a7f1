-- creates a second table next to an existing one
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (
    id integer PRIMARY KEY,
    title text NOT NULL,
    pages integer,
    published date
);
