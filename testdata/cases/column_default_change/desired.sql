-- changes literal defaults and swaps now() for a fixed timestamp
CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'dark', retries integer DEFAULT 5, at timestamptz DEFAULT '2000-01-01 00:00:00+00');
