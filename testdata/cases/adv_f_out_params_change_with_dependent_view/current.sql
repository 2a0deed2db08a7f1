CREATE TABLE emp (id int PRIMARY KEY, dept text, salary numeric);
CREATE FUNCTION dept_stats(d text, OUT n bigint, OUT avg_salary numeric) LANGUAGE sql STABLE AS 'SELECT count(*), avg(salary) FROM emp WHERE dept = d';
CREATE VIEW sales_stats AS SELECT * FROM dept_stats('sales');
CREATE FUNCTION uses_stats() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT n FROM dept_stats('x'); END;
