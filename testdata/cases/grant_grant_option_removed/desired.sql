-- keeps the privileges but drops the grant option (REVOKE GRANT OPTION FOR)
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2), cost numeric(10,2));
GRANT SELECT, UPDATE ON products TO dl_admin;
