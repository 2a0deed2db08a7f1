-- the underlying view drops a column it no longer needs (drop + create); the unchanged materialized view must be rebuilt around it
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, void boolean NOT NULL DEFAULT false);
CREATE VIEW valid_sales AS SELECT region, amount FROM sales WHERE NOT void;
CREATE MATERIALIZED VIEW region_sales AS SELECT region, sum(amount) AS total FROM valid_sales GROUP BY region;
