-- a RETURNS TABLE function over a table
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, dept text NOT NULL, salary numeric NOT NULL);
CREATE FUNCTION dept_staff(d text) RETURNS TABLE (id integer, name text)
    LANGUAGE sql STABLE AS $$ SELECT e.id, e.name FROM employees e WHERE e.dept = d $$;
