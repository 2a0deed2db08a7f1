-- GRANT ALL to dl_admin (stored as arwdDxt)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT ON products TO dl_reader;
GRANT ALL PRIVILEGES ON TABLE products TO dl_admin;
