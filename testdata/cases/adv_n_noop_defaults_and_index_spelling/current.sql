CREATE TABLE t (
  id int PRIMARY KEY,
  a text DEFAULT 'x'::text,
  b int DEFAULT 0,
  c int[] DEFAULT '{}'::integer[],
  d date DEFAULT CURRENT_DATE,
  e varchar(10) DEFAULT 'a'::character varying,
  f numeric DEFAULT 1.5,
  g boolean DEFAULT false,
  h jsonb DEFAULT '{}'::jsonb,
  name text
);
CREATE INDEX t_lower ON t USING btree (lower(name) ASC NULLS LAST);
CREATE INDEX t_multi ON t USING btree (a DESC NULLS FIRST, b);
CREATE UNIQUE INDEX t_partial ON t USING btree (b) WHERE (g = true);
CREATE INDEX t_gin ON t USING gin (h jsonb_ops);
