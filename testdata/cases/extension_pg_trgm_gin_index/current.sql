-- a products table without trigram search
CREATE TABLE products (id integer PRIMARY KEY, title text NOT NULL);
INSERT INTO products VALUES (1, 'red bicycle'), (2, 'blue kettle');
