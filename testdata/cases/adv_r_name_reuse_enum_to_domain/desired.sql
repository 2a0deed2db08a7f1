CREATE DOMAIN status AS text CHECK (VALUE IN ('open', 'closed', 'archived'));
CREATE TABLE tickets (id int PRIMARY KEY, s status NOT NULL DEFAULT 'open');
CREATE INDEX tickets_s ON tickets (s);
