-- adds column-level grants: SELECT on two columns and UPDATE on one, to dl_reader
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT ON products TO dl_admin;
GRANT SELECT (id, name), UPDATE (price) ON products TO dl_reader;
