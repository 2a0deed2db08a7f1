-- adds identity to a nullable column: NOT NULL must be set first
CREATE TABLE products (id integer GENERATED ALWAYS AS IDENTITY, name text);
