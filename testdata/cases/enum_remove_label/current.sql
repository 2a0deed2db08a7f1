-- an enum with a label nobody uses any more; a column with a default uses the type
CREATE TYPE order_state AS ENUM ('new', 'paid', 'legacy_hold', 'shipped');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'
);
INSERT INTO orders VALUES (1, 'new'), (2, 'paid'), (3, 'shipped');
