-- a materialized view reading a plain view
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, void boolean NOT NULL DEFAULT false);
CREATE VIEW valid_sales AS SELECT id, region, amount FROM sales WHERE NOT void;
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM valid_sales GROUP BY region;
