DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_lead') THEN CREATE ROLE dl_lead; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_intern') THEN CREATE ROLE dl_intern; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_viewer') THEN CREATE ROLE dl_viewer; END IF; END $$;
