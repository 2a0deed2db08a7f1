-- columns with defaults
CREATE TABLE settings (id integer PRIMARY KEY, theme text NOT NULL DEFAULT 'light', at timestamptz DEFAULT now());
INSERT INTO settings (id) VALUES (1);
