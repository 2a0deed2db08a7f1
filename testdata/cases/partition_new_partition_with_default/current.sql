-- a list-partitioned table whose default partition holds rows (level 'debug')
CREATE TABLE app_logs (
    id bigint NOT NULL,
    level text NOT NULL,
    message text
) PARTITION BY LIST (level);
CREATE TABLE app_logs_error PARTITION OF app_logs FOR VALUES IN ('error', 'fatal');
CREATE TABLE app_logs_info PARTITION OF app_logs FOR VALUES IN ('info');
CREATE TABLE app_logs_other PARTITION OF app_logs DEFAULT;
INSERT INTO app_logs VALUES (1, 'error', 'boom'), (2, 'debug', 'trace');
