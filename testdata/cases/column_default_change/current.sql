-- columns with defaults
CREATE TABLE settings (id integer PRIMARY KEY, theme text DEFAULT 'light', retries integer DEFAULT 3, at timestamptz DEFAULT now());
