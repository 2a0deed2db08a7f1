CREATE FUNCTION gen_ref(prefix text DEFAULT 'R') RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT prefix || floor(random()*1e6)::bigint $$;
CREATE DOMAIN ref_code AS varchar(20) DEFAULT gen_ref('R') NOT NULL CONSTRAINT starts_r CHECK (VALUE LIKE 'R%') CONSTRAINT not_long CHECK (length(VALUE) < 20) CONSTRAINT not_short CHECK (length(VALUE) > 3);
CREATE DOMAIN ref_codes AS ref_code[] CHECK (cardinality(VALUE) < 10);
CREATE TABLE shipments (id int PRIMARY KEY, ref ref_code, aliases ref_code[], more ref_codes);
