CREATE TABLE readings (station int, taken_at timestamptz, celsius numeric);
CREATE MATERIALIZED VIEW daily AS
    SELECT station, date_trunc('day', taken_at) AS day, avg(celsius) AS mean
    FROM readings GROUP BY 1, 2;
-- the unique key stays; the other indexes are removed from the files
CREATE UNIQUE INDEX daily_key ON daily (station, day);
CREATE MATERIALIZED VIEW stations AS SELECT DISTINCT station FROM readings WITH NO DATA;
