-- creates the cluster-wide roles this case needs (idempotent)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_reader') THEN CREATE ROLE dl_reader; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_writer') THEN CREATE ROLE dl_writer; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_admin') THEN CREATE ROLE dl_admin; END IF; END $$;
