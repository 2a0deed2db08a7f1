CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent integer REFERENCES categories (id) ON DELETE CASCADE,
    title text NOT NULL
);
-- products.category moves to bigint as categories.id moves to integer:
-- its key to the retyped id is carried across too
CREATE TABLE products (id int PRIMARY KEY, category bigint NOT NULL REFERENCES categories (id));
