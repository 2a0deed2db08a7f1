-- NO-OP: the same functions with long type names, upper-case keywords and a different clause order; bodies identical
CREATE FUNCTION add3(a integer, b integer, c bigint DEFAULT 0) RETURNS bigint IMMUTABLE LANGUAGE SQL AS $$ SELECT a + b + c $$;
create function label(s character varying, f double precision) returns boolean stable language sql as $$ SELECT s <> '' AND f > 0 $$;
