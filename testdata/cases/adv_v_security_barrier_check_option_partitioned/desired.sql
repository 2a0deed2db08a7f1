CREATE TABLE events (id int NOT NULL, tenant int NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW tenant1_events WITH (security_barrier = true) AS SELECT id, tenant, kind, at FROM events WHERE tenant = 1 WITH CASCADED CHECK OPTION;
CREATE VIEW tenant1_login_events WITH (security_barrier, security_invoker = on) AS SELECT * FROM tenant1_events WHERE kind = 'login' WITH LOCAL CHECK OPTION;
