-- also grants INSERT and UPDATE on the table to dl_writer
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT ON products TO dl_reader;
GRANT SELECT, INSERT, UPDATE ON products TO dl_writer;
