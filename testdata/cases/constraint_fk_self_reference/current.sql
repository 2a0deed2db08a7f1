-- a category tree without the parent link
CREATE TABLE categories (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO categories VALUES (1, 'root'), (2, 'child');
