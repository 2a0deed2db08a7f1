CREATE TABLE orders (id int PRIMARY KEY, status varchar(20) NOT NULL, code varchar(5),
  is_open boolean GENERATED ALWAYS AS (status IN ('new', 'paid')) STORED,
  flag boolean DEFAULT ('x'::varchar IN ('x', 'y')));
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM orders WHERE status IN ('new', 'paid'); END;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_only ON orders USING (status IN ('new', 'paid'));
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_trg BEFORE UPDATE ON orders FOR EACH ROW WHEN (NEW.code IN ('a', 'b')) EXECUTE FUNCTION trg();
