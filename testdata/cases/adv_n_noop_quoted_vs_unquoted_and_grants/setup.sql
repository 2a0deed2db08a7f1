DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv_ro') THEN CREATE ROLE dl_adv_ro; END IF; END $$;
