-- creates the cluster-wide roles this case needs (idempotent)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_reader') THEN CREATE ROLE dl_reader; END IF; END $$;
