CREATE TABLE ev (id int NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE ev_old PARTITION OF ev FOR VALUES FROM ('2000-01-01') TO ('2024-01-01') WITH (fillfactor = 100, autovacuum_enabled = false);
CREATE TABLE ev_new PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2030-01-01');
CREATE INDEX ev_new_payload ON ev_new (payload);
GRANT SELECT ON ev_old TO dl_adv_ro;
GRANT SELECT (id) ON ev_new TO dl_adv_ro;
COMMENT ON TABLE ev_old IS 'archive';
COMMENT ON COLUMN ev_new.payload IS 'json';
ALTER TABLE ev_old ADD CONSTRAINT ev_old_id_pos CHECK (id > 0);
