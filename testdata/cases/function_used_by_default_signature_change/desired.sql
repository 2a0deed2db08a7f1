-- the function is replaced by one with a different return type; the default must be dropped and re-set around it
CREATE FUNCTION next_ref() RETURNS varchar(20) LANGUAGE sql VOLATILE AS $$ SELECT ('R-' || floor(random() * 1000)::text)::varchar(20) $$;
CREATE TABLE tickets (id integer PRIMARY KEY, ref text NOT NULL DEFAULT next_ref());
