-- widens the domain's base type to varchar(16): no ALTER DOMAIN for that, the domain is rebuilt under the column
CREATE DOMAIN sku AS varchar(16) CONSTRAINT sku_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE products (id integer PRIMARY KEY, code sku NOT NULL);
