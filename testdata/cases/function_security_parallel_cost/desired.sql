-- adds SECURITY DEFINER, PARALLEL SAFE and COST to one function; reverts them to defaults on the other
CREATE TABLE secrets (id integer PRIMARY KEY, v text);
CREATE FUNCTION secret_count() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE COST 500 AS $$ SELECT count(*) FROM secrets $$;
CREATE FUNCTION cheap(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
