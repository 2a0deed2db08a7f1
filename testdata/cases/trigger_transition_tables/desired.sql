-- the trigger now uses REFERENCING NEW TABLE AS, and an UPDATE trigger with OLD and NEW transition tables is added
CREATE TABLE payments (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE TABLE payment_batches (at timestamptz NOT NULL DEFAULT now(), n bigint NOT NULL, total numeric);
CREATE FUNCTION record_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_batches (n, total) SELECT count(*), sum(amount) FROM new_rows;
    RETURN NULL;
END;
$$;
CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO payment_batches (n, total)
        SELECT count(*), (SELECT sum(amount) FROM after_rows) - (SELECT sum(amount) FROM before_rows) FROM after_rows;
    RETURN NULL;
END;
$$;
CREATE TRIGGER payments_batch AFTER INSERT ON payments
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_batch();
CREATE TRIGGER payments_change AFTER UPDATE ON payments
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION record_change();
