CREATE TABLE items (id int PRIMARY KEY, qty int, twice int GENERATED ALWAYS AS (qty * 2) STORED, thrice int GENERATED ALWAYS AS (qty * 3) VIRTUAL, half int GENERATED ALWAYS AS (qty / 2) VIRTUAL);
INSERT INTO items (id, qty) VALUES (1, 4), (2, 6);
