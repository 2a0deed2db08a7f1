CREATE TABLE prices (sku text PRIMARY KEY, cents int NOT NULL);
CREATE FUNCTION to_eur(cents int) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT cents / 100.0';
CREATE VIEW price_list AS SELECT sku, to_eur(cents) AS eur FROM prices;
CREATE MATERIALIZED VIEW price_summary AS SELECT count(*) AS n, sum(eur) AS total FROM price_list;
CREATE UNIQUE INDEX price_summary_n ON price_summary (n);
INSERT INTO prices VALUES ('a', 150);
