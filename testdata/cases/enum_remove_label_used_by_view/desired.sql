-- removes the unused label on_hold: the view must be dropped and recreated around the type rebuild, rows kept
CREATE TYPE order_status AS ENUM ('pending', 'shipped', 'returned');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');
CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status <> 'shipped';
