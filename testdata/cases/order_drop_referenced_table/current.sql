-- a lookup table referenced by two other tables
CREATE TABLE currencies (code char(3) PRIMARY KEY);
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric NOT NULL, currency char(3) NOT NULL REFERENCES currencies);
CREATE TABLE wallets (id integer PRIMARY KEY, currency char(3) REFERENCES currencies ON DELETE SET NULL);
INSERT INTO currencies VALUES ('EUR'); INSERT INTO prices VALUES (1, 9.99, 'EUR'); INSERT INTO wallets VALUES (1, 'EUR');
