CREATE TABLE tickets (
  id int PRIMARY KEY,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  code char(3) DEFAULT 'abc' CHECK (code <> 'zzz')
);
CREATE INDEX tickets_open ON tickets (id) WHERE status IN ('open', 'new');
CREATE TABLE t2 (id int, amount int DEFAULT 0 CHECK (amount BETWEEN 0 AND 100), ts timestamp DEFAULT now() CHECK (ts > '2000-01-01'));
INSERT INTO tickets VALUES (1, 'open', 'abc');
