CREATE TABLE tickets (
  id int PRIMARY KEY,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  title text
);
CREATE INDEX tickets_open ON tickets (id) WHERE status IN ('open', 'new');
CREATE INDEX tickets_title ON tickets (lower(title)) WHERE title LIKE 'x%';
CREATE UNIQUE INDEX tickets_title_u ON tickets (title) WHERE status = 'open';
