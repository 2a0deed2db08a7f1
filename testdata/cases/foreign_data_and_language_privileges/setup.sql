DO $$ BEGIN CREATE ROLE fdp_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE fdp_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
