CREATE TABLE items (id int PRIMARY KEY, price numeric(10,2) NOT NULL, qty int NOT NULL);
INSERT INTO items VALUES (1, 2.50, 4);
