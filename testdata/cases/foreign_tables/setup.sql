DO $$ BEGIN CREATE ROLE ft_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
