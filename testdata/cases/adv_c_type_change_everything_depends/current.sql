CREATE TABLE accounts (id integer PRIMARY KEY, code integer NOT NULL UNIQUE, owner text);
CREATE TABLE entries (
  id integer PRIMARY KEY,
  account_code integer NOT NULL REFERENCES accounts (code) ON UPDATE CASCADE,
  amount integer NOT NULL CHECK (amount <> 0),
  note text
);
CREATE INDEX entries_code_amount ON entries (account_code, amount) WHERE amount > 10;
CREATE VIEW big_entries AS SELECT e.id, e.account_code, e.amount, a.owner FROM entries e JOIN accounts a ON a.code = e.account_code WHERE e.amount > 100;
CREATE FUNCTION entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.amount > 1000000 THEN RAISE 'too big'; END IF; RETURN NEW; END $$;
CREATE TRIGGER entries_guard BEFORE UPDATE OF amount ON entries FOR EACH ROW WHEN (NEW.amount IS DISTINCT FROM OLD.amount) EXECUTE FUNCTION entries_guard();
ALTER TABLE entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY pos ON entries FOR SELECT TO dl_adv_reader USING (amount > 0 AND account_code > 0);
GRANT SELECT (amount, account_code) ON entries TO dl_adv_reader;
COMMENT ON COLUMN entries.amount IS 'cents';
INSERT INTO accounts VALUES (1, 11, 'a'), (2, 22, 'b');
INSERT INTO entries VALUES (1, 11, 500, 'x'), (2, 22, -3, 'y');
