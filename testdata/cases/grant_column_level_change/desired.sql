-- the column set changes: price no longer readable, cost never; dl_writer's column UPDATE is revoked and a table grant replaces it
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT (id, name) ON products TO dl_reader;
GRANT UPDATE ON products TO dl_writer;
