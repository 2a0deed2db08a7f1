DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv_app') THEN CREATE ROLE dl_adv_app; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv_ro') THEN CREATE ROLE dl_adv_ro; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_adv Mixed') THEN CREATE ROLE "dl_adv Mixed"; END IF; END $$;
