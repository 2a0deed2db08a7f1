-- both function bodies change; they must be replaced in place, the table, constraint and default stay
CREATE FUNCTION valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) BETWEEN 4 AND 8 $$;
CREATE FUNCTION new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT upper(substr(md5(random()::text), 1, 6)) $$;
CREATE TABLE vouchers (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT new_code() CHECK (valid_code(code))
);
