-- a new table created with grants to a role and to PUBLIC in the same plan
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT ON products TO dl_reader;
CREATE TABLE categories (id integer PRIMARY KEY, name text NOT NULL);
GRANT SELECT ON categories TO PUBLIC;
GRANT INSERT, UPDATE ON categories TO dl_writer;
