CREATE TABLE sales (id int, region varchar(10), amount numeric, at date);
CREATE MATERIALIZED VIEW by_region AS SELECT region, sum(amount) AS total, max(at) AS last_at FROM sales GROUP BY region WITH NO DATA;
CREATE MATERIALIZED VIEW top_region AS SELECT region FROM by_region ORDER BY total DESC LIMIT 1 WITH NO DATA;
CREATE UNIQUE INDEX by_region_r ON by_region (region);
CREATE INDEX by_region_lower ON by_region (lower(region)) WHERE total > 0;
COMMENT ON MATERIALIZED VIEW top_region IS 'top';
COMMENT ON COLUMN by_region.total IS 'sum';
