-- removes a label: needs a type rebuild while keeping the column, its default and data
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new'
);
