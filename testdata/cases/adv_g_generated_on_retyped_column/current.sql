CREATE TABLE items (id int PRIMARY KEY, price integer NOT NULL, qty integer NOT NULL,
  total integer GENERATED ALWAYS AS (price * qty) STORED,
  label text GENERATED ALWAYS AS ('item-' || id::text) STORED);
CREATE INDEX items_total ON items (total);
INSERT INTO items (id, price, qty) VALUES (1, 3, 4);
