-- a check with a default name
CREATE TABLE orders (id integer PRIMARY KEY, qty integer CHECK (qty > 0));
