CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, tenant int NOT NULL, deleted_at timestamptz);
CREATE UNIQUE INDEX users_email_live ON users (tenant, lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_email_pattern ON users (email text_pattern_ops) INCLUDE (tenant) WHERE email LIKE '%@%';
INSERT INTO users VALUES (1, 'A@x', 1, NULL);
