-- creates the cluster-wide roles this case needs (idempotent)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_app') THEN CREATE ROLE dl_app; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_readonly') THEN CREATE ROLE dl_readonly; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_support') THEN CREATE ROLE dl_support; END IF; END $$;
