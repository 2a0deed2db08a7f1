-- PostgreSQL 18: GENERATED ALWAYS AS without STORED is virtual
CREATE TABLE items (
    id int PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    qty int NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty),
    total_stored numeric GENERATED ALWAYS AS (price * qty) STORED
);
CREATE TABLE events (id int, doubled int GENERATED ALWAYS AS (id * 2) VIRTUAL);
