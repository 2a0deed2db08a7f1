DO $$ BEGIN CREATE ROLE dplo_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
