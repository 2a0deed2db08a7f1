DO $$ BEGIN CREATE ROLE dp_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE dp_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
