CREATE TABLE items (id int PRIMARY KEY, qty int, twice int GENERATED ALWAYS AS (qty * 2) VIRTUAL, thrice int GENERATED ALWAYS AS (qty * 3) STORED, half int);
