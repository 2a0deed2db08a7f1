-- the role's privilege set changes to SELECT, UPDATE, DELETE (INSERT revoked, two granted)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT, UPDATE, DELETE ON products TO dl_writer;
