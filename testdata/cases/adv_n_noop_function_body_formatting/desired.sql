CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE FUNCTION f(x integer) RETURNS integer
    IMMUTABLE
    LANGUAGE SQL
    RETURN (x * 2);
CREATE FUNCTION g(i integer) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT t.v
      FROM public.t
     WHERE t.id = i;
END;
CREATE PROCEDURE p(i integer) LANGUAGE sql
BEGIN ATOMIC
  DELETE FROM t WHERE (id = i);
  INSERT INTO t (id, v) VALUES (i, 0);
END;
