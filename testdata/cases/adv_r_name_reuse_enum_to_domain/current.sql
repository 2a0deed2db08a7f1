CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE tickets (id int PRIMARY KEY, s status NOT NULL DEFAULT 'open');
CREATE INDEX tickets_s ON tickets (s);
INSERT INTO tickets VALUES (1, 'closed');
