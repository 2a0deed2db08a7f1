-- adds a column check and a named table check referencing two columns
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric NOT NULL CHECK (price > 0),
    discount numeric NOT NULL DEFAULT 0,
    CONSTRAINT discount_below_price CHECK (discount >= 0 AND discount < price)
);
