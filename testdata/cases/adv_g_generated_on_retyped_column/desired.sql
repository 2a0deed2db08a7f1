CREATE TABLE items (id int PRIMARY KEY, price numeric(10,2) NOT NULL, qty integer NOT NULL,
  total numeric GENERATED ALWAYS AS (price * qty) STORED,
  label text GENERATED ALWAYS AS ('item-' || id::text) STORED);
CREATE INDEX items_total ON items (total);
