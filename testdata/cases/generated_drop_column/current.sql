-- a generated column that is no longer needed
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, doubled numeric GENERATED ALWAYS AS (price * 2) STORED);
