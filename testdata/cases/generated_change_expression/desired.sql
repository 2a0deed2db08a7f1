-- changes the expression of a stored generated column (needs drop + re-add)
CREATE TABLE lines (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty * 1.2) STORED
);
