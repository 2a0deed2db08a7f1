CREATE TABLE products (id int PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED);
GRANT SELECT (id, gross) ON products TO adv2a_reader;
INSERT INTO products (id, net) VALUES (1, 10);
