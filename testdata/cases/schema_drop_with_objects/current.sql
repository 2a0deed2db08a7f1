-- a schema holding a table, a sequence and an enum type
CREATE SCHEMA archive;
CREATE TYPE archive.state AS ENUM ('open', 'closed');
CREATE SEQUENCE archive.ticket_no;
CREATE TABLE archive.tickets (
    id integer PRIMARY KEY DEFAULT nextval('archive.ticket_no'),
    state archive.state NOT NULL DEFAULT 'open'
);
INSERT INTO archive.tickets (state) VALUES ('open'), ('closed');
CREATE TABLE public.users (id integer PRIMARY KEY);
