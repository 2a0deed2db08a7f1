DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv_app') THEN CREATE ROLE dl_adv_app; END IF; END $$;
