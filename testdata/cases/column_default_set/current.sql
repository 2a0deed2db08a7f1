-- columns without defaults
CREATE TABLE settings (id integer PRIMARY KEY, theme text, retries integer, ratio real, enabled boolean, tags text[], data jsonb);
