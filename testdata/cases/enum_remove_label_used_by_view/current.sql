-- an enum used by a column with a default and by a view filtering on a label
CREATE TYPE order_status AS ENUM ('pending', 'on_hold', 'shipped', 'returned');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');
INSERT INTO orders VALUES (1, 'pending'), (2, 'shipped'), (3, 'returned');
CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status <> 'shipped';
