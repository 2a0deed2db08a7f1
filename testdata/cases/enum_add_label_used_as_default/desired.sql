-- adds a label and uses it at once as a default and in a partial index (new labels cannot be used in the transaction that added them)
CREATE TYPE ticket_state AS ENUM ('new', 'open', 'closed');
CREATE TABLE tickets (id integer PRIMARY KEY, state ticket_state NOT NULL DEFAULT 'new');
CREATE INDEX tickets_new_idx ON tickets (id) WHERE state = 'new';
