CREATE FUNCTION concat_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT array_to_string(parts, sep) $$;
CREATE FUNCTION first_non_null(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE AS 'SELECT coalesce(a, b)';
CREATE FUNCTION int_sum_sfunc(state bigint, v int) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT coalesce(state, 0) + coalesce(v, 0)';
CREATE AGGREGATE my_sum(int) (SFUNC = int_sum_sfunc, STYPE = bigint, INITCOND = '0');
CREATE TABLE nums (n int);
CREATE VIEW nsum AS SELECT my_sum(n) AS s FROM nums;
