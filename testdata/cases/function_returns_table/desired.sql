-- RETURNS TABLE gains a column (the OUT parameters change: drop + create)
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, dept text NOT NULL, salary numeric NOT NULL);
CREATE FUNCTION dept_staff(d text) RETURNS TABLE (id integer, name text, salary numeric)
    LANGUAGE sql STABLE AS $$ SELECT e.id, e.name, e.salary FROM employees e WHERE e.dept = d $$;
