-- the domain base becomes varchar(12): the domain is rebuilt, so the function using it must be dropped and recreated around it
CREATE DOMAIN ticket_ref AS varchar(12) CONSTRAINT ticket_ref_prefix CHECK (VALUE LIKE 'T-%');
CREATE TABLE tickets (id integer PRIMARY KEY, ref ticket_ref NOT NULL);
CREATE FUNCTION next_ref(r ticket_ref) RETURNS ticket_ref LANGUAGE sql IMMUTABLE
    AS $$ SELECT ('T-' || lpad((substr(r, 3)::integer + 1)::text, 3, '0'))::ticket_ref $$;
