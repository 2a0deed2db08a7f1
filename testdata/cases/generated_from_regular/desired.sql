-- turns a regular column into a stored generated column (no ALTER exists; drop and add)
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, doubled numeric GENERATED ALWAYS AS (price * 2) STORED);
