-- a plain function with default attributes
CREATE TABLE secrets (id integer PRIMARY KEY, v text);
CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM secrets $$;
CREATE FUNCTION cheap(x integer) RETURNS integer LANGUAGE sql IMMUTABLE SECURITY DEFINER PARALLEL SAFE COST 5 AS $$ SELECT x $$;
