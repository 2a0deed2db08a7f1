-- a nullable integer column without nulls
CREATE TABLE products (id integer, name text);
INSERT INTO products VALUES (1, 'x');
