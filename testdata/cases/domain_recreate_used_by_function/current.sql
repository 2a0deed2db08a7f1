-- a varchar(8) domain used by a column (with rows) and by a function argument and return type
CREATE DOMAIN ticket_ref AS varchar(8) CONSTRAINT ticket_ref_prefix CHECK (VALUE LIKE 'T-%');
CREATE TABLE tickets (id integer PRIMARY KEY, ref ticket_ref NOT NULL);
INSERT INTO tickets VALUES (1, 'T-001'), (2, 'T-002');
CREATE FUNCTION next_ref(r ticket_ref) RETURNS ticket_ref LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('T-' || lpad((substr(r, 3)::integer + 1)::text, 3, '0'))::ticket_ref $$;
