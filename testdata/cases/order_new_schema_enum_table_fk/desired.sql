-- a new schema, a new enum in it, a new sequence, and two new tables (one referencing the other and users)
CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA support;
CREATE TYPE support.ticket_state AS ENUM ('open', 'pending', 'closed');
CREATE SEQUENCE support.ticket_no START 1000;
CREATE TABLE support.queues (id integer PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE support.tickets (
    id bigint PRIMARY KEY DEFAULT nextval('support.ticket_no'),
    queue_id integer NOT NULL REFERENCES support.queues (id),
    reporter_id bigint NOT NULL REFERENCES public.users (id),
    state support.ticket_state NOT NULL DEFAULT 'open',
    states_seen support.ticket_state[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tickets_open_idx ON support.tickets (queue_id) WHERE state <> 'closed';
ALTER SEQUENCE support.ticket_no OWNED BY support.tickets.id;
