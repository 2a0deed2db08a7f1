-- a table whose columns have no defaults
CREATE TABLE audit (id integer PRIMARY KEY, created_at timestamptz, due date, token uuid, who text, day_key text);
