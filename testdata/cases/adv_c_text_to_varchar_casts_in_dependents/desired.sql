CREATE TABLE tickets (
  id int PRIMARY KEY,
  status varchar(20) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  code varchar(3) DEFAULT 'abc' CHECK (code <> 'zzz')
);
CREATE INDEX tickets_open ON tickets (id) WHERE status IN ('open', 'new');
CREATE TABLE t2 (id int, amount numeric DEFAULT 0 CHECK (amount BETWEEN 0 AND 100), ts timestamptz DEFAULT now() CHECK (ts > '2000-01-01'));
