-- adds a self-referencing parent column with a foreign key to the same table
CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE
);
