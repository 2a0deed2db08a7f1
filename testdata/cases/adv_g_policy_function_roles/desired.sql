CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant', true), '')::bigint $$;
CREATE TABLE docs (id int NOT NULL, tenant int NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE docs_2024 PARTITION OF docs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
ALTER TABLE docs_2024 ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_iso ON docs AS RESTRICTIVE TO dl_adv_app, "dl_adv Mixed" USING (tenant = current_tenant()) WITH CHECK (tenant = current_tenant() AND body IS NOT NULL);
CREATE POLICY ro_read ON docs FOR SELECT TO dl_adv_ro USING (true);
CREATE POLICY part_only ON docs_2024 FOR DELETE USING (false);
