CREATE FUNCTION current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant', true), '')::int $$;
CREATE TABLE docs (id int NOT NULL, tenant int NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE docs_2024 PARTITION OF docs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_iso ON docs USING (tenant = current_tenant());
