DO $$ BEGIN CREATE ROLE adv2a_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
