-- drops column defaults
CREATE TABLE settings (id integer PRIMARY KEY, theme text NOT NULL, at timestamptz);
