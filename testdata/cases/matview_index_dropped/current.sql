CREATE TABLE readings (station int, taken_at timestamptz, celsius numeric);
CREATE MATERIALIZED VIEW daily AS
    SELECT station, date_trunc('day', taken_at) AS day, avg(celsius) AS mean
    FROM readings GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_key ON daily (station, day);
CREATE INDEX daily_mean ON daily (mean DESC);
CREATE MATERIALIZED VIEW stations AS SELECT DISTINCT station FROM readings WITH NO DATA;
CREATE INDEX stations_idx ON stations (station);
