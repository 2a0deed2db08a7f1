CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, msg text, updated_at timestamptz) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER logs_touch BEFORE UPDATE ON logs FOR EACH ROW EXECUTE FUNCTION touch();
