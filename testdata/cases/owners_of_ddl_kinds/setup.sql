DO $$ BEGIN CREATE ROLE own_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE own_ops; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
