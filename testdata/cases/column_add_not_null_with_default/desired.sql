-- adds NOT NULL columns with defaults to a table that already has rows
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    credit numeric(10,2) NOT NULL DEFAULT 0.00,
    created_at timestamptz NOT NULL DEFAULT now()
);
