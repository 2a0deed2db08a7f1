-- turns a generated column into a regular column (ALTER COLUMN ... DROP EXPRESSION keeps data)
CREATE TABLE lines (id integer PRIMARY KEY, price numeric NOT NULL, doubled numeric);
