CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY, note text);
INSERT INTO orders (note) VALUES ('a'), ('b'), ('c');
