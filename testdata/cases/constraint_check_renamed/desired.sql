-- the identical check under a new name
CREATE TABLE orders (id integer PRIMARY KEY, qty integer CONSTRAINT qty_positive CHECK (qty > 0));
