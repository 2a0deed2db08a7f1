CREATE TABLE t (
  id int PRIMARY KEY,
  a text DEFAULT 'x',
  b int DEFAULT (0),
  c int[] DEFAULT '{}',
  d date DEFAULT current_date,
  e varchar(10) DEFAULT 'a',
  f numeric DEFAULT 1.50::numeric(3,1)::numeric,
  g boolean DEFAULT 'f',
  h jsonb DEFAULT '{}',
  name text
);
CREATE INDEX t_lower ON t ((lower(name)));
CREATE INDEX t_multi ON t (a DESC, b ASC);
CREATE UNIQUE INDEX t_partial ON t (b) WHERE g;
CREATE INDEX t_gin ON t USING GIN (h);
