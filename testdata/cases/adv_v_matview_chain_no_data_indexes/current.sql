CREATE TABLE sales (id int, region text, amount numeric);
CREATE MATERIALIZED VIEW by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region WITH NO DATA;
CREATE MATERIALIZED VIEW top_region AS SELECT region FROM by_region ORDER BY total DESC LIMIT 1 WITH NO DATA;
CREATE UNIQUE INDEX by_region_r ON by_region (region);
CREATE INDEX by_region_lower ON by_region (lower(region)) WHERE total > 0;
