CREATE FUNCTION gen_ref() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'R' || floor(random()*1e6)::bigint $$;
CREATE DOMAIN ref_code AS varchar(20) DEFAULT gen_ref() NOT NULL CONSTRAINT starts_r CHECK (VALUE LIKE 'R%') CONSTRAINT not_short CHECK (length(VALUE) > 2);
CREATE DOMAIN ref_codes AS ref_code[];
CREATE TABLE shipments (id int PRIMARY KEY, ref ref_code, aliases ref_code[], more ref_codes);
INSERT INTO shipments (id, aliases) VALUES (1, '{R123}');
