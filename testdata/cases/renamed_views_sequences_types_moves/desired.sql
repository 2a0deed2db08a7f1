-- A view, a materialized view, a sequence (its value kept), a domain, a
-- composite type and one of its attributes, an enum type renamed; a table
-- moved to another schema under a new name.
CREATE SCHEMA archive;
CREATE DOMAIN money_cents AS bigint CHECK (VALUE >= 0); -- @renamed from=cents
CREATE TYPE coords AS ( -- @renamed from=point2
    lon int, -- @renamed from=x
    y int
);
CREATE TYPE ticket_state AS ENUM ('open', 'closed'); -- @renamed from=status
CREATE SEQUENCE ticket_number START 100; -- @renamed from=ticket_no
CREATE TABLE tickets (
    no int DEFAULT nextval('ticket_number'),
    price money_cents,
    at coords,
    state ticket_state
);
CREATE TABLE archive.closed_tickets (no int, note text); -- @renamed from=public.old_tickets
CREATE VIEW tickets_open AS SELECT no, price FROM tickets WHERE state = 'open'; -- @renamed from=open_tickets
CREATE MATERIALIZED VIEW ticket_counts AS SELECT count(*) AS n FROM tickets; -- @renamed from=ticket_totals
