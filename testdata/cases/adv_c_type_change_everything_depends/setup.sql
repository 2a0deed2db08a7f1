DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv_reader') THEN CREATE ROLE dl_adv_reader; END IF; END $$;
