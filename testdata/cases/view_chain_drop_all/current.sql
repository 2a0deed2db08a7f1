-- a table with a chain of two views on it
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE VIEW v_base AS SELECT id, total FROM orders;
CREATE VIEW v_top AS SELECT id FROM v_base WHERE total > 10;
