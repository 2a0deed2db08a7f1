-- changes the SETOF function body and ROWS estimate, and adds a plpgsql RETURNS SETOF text function
CREATE TABLE employees (id integer PRIMARY KEY, name text NOT NULL, dept text NOT NULL);
CREATE FUNCTION dept_rows(d text) RETURNS SETOF employees
    LANGUAGE sql STABLE ROWS 20 AS $$ SELECT * FROM employees WHERE dept = d ORDER BY id $$;
CREATE FUNCTION dept_names() RETURNS SETOF text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY SELECT DISTINCT dept FROM employees;
END;
$$;
