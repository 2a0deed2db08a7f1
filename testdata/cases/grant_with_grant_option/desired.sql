-- the same privilege WITH GRANT OPTION (stored as r*)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT ON products TO dl_admin WITH GRANT OPTION;
