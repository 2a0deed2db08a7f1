CREATE SCHEMA archive;
CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE TYPE point2 AS (x int, y int);
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE SEQUENCE ticket_no START 100;
SELECT nextval('ticket_no');
CREATE TABLE tickets (
    no int DEFAULT nextval('ticket_no'),
    price cents,
    at point2,
    state status
);
CREATE TABLE old_tickets (no int, note text);
CREATE VIEW open_tickets AS SELECT no, price FROM tickets WHERE state = 'open';
CREATE MATERIALIZED VIEW ticket_totals AS SELECT count(*) AS n FROM tickets;
INSERT INTO tickets VALUES (1, 5, '(1,2)', 'open'), (2, 7, '(3,4)', 'closed');
INSERT INTO old_tickets VALUES (1, 'kept');
REFRESH MATERIALIZED VIEW ticket_totals;
