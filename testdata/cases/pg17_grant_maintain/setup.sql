-- creates the cluster-wide roles this case needs (idempotent)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dl_maint') THEN CREATE ROLE dl_maint; END IF; END $$;
