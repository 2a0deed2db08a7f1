-- adds a partition for 'warn' while a default partition with non-matching rows exists (the default is scanned)
CREATE TABLE app_logs (
    id bigint NOT NULL,
    level text NOT NULL,
    message text
) PARTITION BY LIST (level);
CREATE TABLE app_logs_error PARTITION OF app_logs FOR VALUES IN ('error', 'fatal');
CREATE TABLE app_logs_info PARTITION OF app_logs FOR VALUES IN ('info');
CREATE TABLE app_logs_other PARTITION OF app_logs DEFAULT;
CREATE TABLE app_logs_warn PARTITION OF app_logs FOR VALUES IN ('warn');
