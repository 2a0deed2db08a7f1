-- a unique column referenced by a foreign key from another table
CREATE TABLE accounts (id integer PRIMARY KEY, legacy_code text UNIQUE);
CREATE TABLE payments (id integer PRIMARY KEY, account_code text REFERENCES accounts (legacy_code));
INSERT INTO accounts VALUES (1, 'A1'); INSERT INTO payments VALUES (1, 'A1');
