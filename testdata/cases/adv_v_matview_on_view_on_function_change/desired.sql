CREATE TABLE prices (sku text PRIMARY KEY, cents bigint NOT NULL);
CREATE FUNCTION to_eur(cents bigint) RETURNS numeric(12,2) LANGUAGE sql IMMUTABLE AS 'SELECT round(cents / 100.0, 2)';
CREATE VIEW price_list AS SELECT sku, to_eur(cents) AS eur FROM prices;
CREATE MATERIALIZED VIEW price_summary AS SELECT count(*) AS n, sum(eur) AS total FROM price_list;
CREATE UNIQUE INDEX price_summary_n ON price_summary (n);
