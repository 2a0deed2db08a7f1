-- creates a plain view over an existing table
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL, paid boolean NOT NULL DEFAULT false);
CREATE VIEW unpaid_orders AS
    SELECT id, customer, total FROM orders WHERE NOT paid;
