CREATE TABLE counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(IN cname text, INOUT newval bigint DEFAULT NULL) LANGUAGE plpgsql AS $$
BEGIN UPDATE counters SET n = n + 1 WHERE name = cname RETURNING n INTO newval; END $$;
CREATE PROCEDURE reset_all() LANGUAGE sql BEGIN ATOMIC UPDATE counters SET n = 0; END;
