-- a table and a RETURNS SETOF function returning its rows
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, dept text NOT NULL);
CREATE FUNCTION dept_rows(d text) RETURNS SETOF employees
    LANGUAGE sql STABLE AS $$ SELECT * FROM employees WHERE dept = d $$;
