-- a statement-level AFTER INSERT trigger without transition tables
CREATE TABLE payments (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE TABLE payment_batches (at timestamptz NOT NULL DEFAULT now(), n bigint NOT NULL, total numeric);
CREATE FUNCTION record_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_batches (n) VALUES (0);
    RETURN NULL;
END;
$$;
CREATE TRIGGER payments_batch AFTER INSERT ON payments FOR EACH STATEMENT EXECUTE FUNCTION record_batch();
