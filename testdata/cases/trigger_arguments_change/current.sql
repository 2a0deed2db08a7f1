-- a generic trigger function called with a trigger argument
CREATE TABLE a (id integer PRIMARY KEY, note text);
CREATE TABLE audit (tbl text NOT NULL, tag text NOT NULL, op text NOT NULL);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit VALUES (TG_TABLE_NAME, TG_ARGV[0], TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER a_audit AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION audit_row('v1');
