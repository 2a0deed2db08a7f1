-- an enum in its own schema used by two tables (one with a default), a view and a function argument
CREATE SCHEMA crm;
CREATE TYPE crm.lead_stage AS ENUM ('new', 'contacted', 'stale', 'won', 'lost');
CREATE TABLE crm.leads (id integer PRIMARY KEY, stage crm.lead_stage NOT NULL DEFAULT 'new');
CREATE TABLE crm.lead_history (lead_id integer NOT NULL, stage crm.lead_stage, changed_at date);
INSERT INTO crm.leads VALUES (1, 'new'), (2, 'won'), (3, 'contacted');
INSERT INTO crm.lead_history VALUES (1, 'new', '2024-01-01'), (2, 'won', '2024-02-01');
CREATE VIEW crm.active_leads AS SELECT id, stage FROM crm.leads WHERE stage IN ('new', 'contacted');
CREATE FUNCTION crm.stage_rank(s crm.lead_stage) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE s WHEN 'won' THEN 2 WHEN 'lost' THEN 0 ELSE 1 END $$;
