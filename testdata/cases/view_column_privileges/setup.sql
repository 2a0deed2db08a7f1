DO $$ BEGIN CREATE ROLE isg_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE isg_report; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
