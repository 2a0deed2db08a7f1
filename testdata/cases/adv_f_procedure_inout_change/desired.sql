CREATE TABLE counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(IN cname text, IN step integer, INOUT newval bigint DEFAULT NULL) LANGUAGE plpgsql AS $$
BEGIN UPDATE counters SET n = n + step WHERE name = cname RETURNING n INTO newval; END $$;
CREATE PROCEDURE reset_all(OUT affected bigint) LANGUAGE plpgsql AS $$ BEGIN UPDATE counters SET n = 0; GET DIAGNOSTICS affected = ROW_COUNT; END $$;
