-- a generated column computing net price
CREATE TABLE lines (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty) STORED
);
INSERT INTO lines VALUES (1, 2.50, 4);
