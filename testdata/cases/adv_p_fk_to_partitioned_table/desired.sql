CREATE TABLE accounts (id int NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us', NULL);
CREATE TABLE payments (id int PRIMARY KEY, account_id int, region text, FOREIGN KEY (account_id, region) REFERENCES accounts (id, region) ON DELETE SET NULL);
