CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, tenant int NOT NULL, deleted_at timestamptz);
CREATE UNIQUE INDEX users_email_live ON users (tenant, lower(btrim(email))) NULLS NOT DISTINCT WHERE deleted_at IS NULL;
CREATE INDEX users_email_pattern ON users (email varchar_pattern_ops DESC NULLS LAST) INCLUDE (tenant, deleted_at) WITH (fillfactor = 80) WHERE email LIKE '%@%';
CREATE INDEX users_email_collate ON users (email COLLATE "C");
