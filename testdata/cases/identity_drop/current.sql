-- an identity column
CREATE TABLE products (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
INSERT INTO products (name) VALUES ('x');
