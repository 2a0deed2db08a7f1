-- drops a referenced table while the referencing tables stay: their FKs must be dropped first
CREATE TABLE prices (id integer PRIMARY KEY, amount numeric NOT NULL, currency char(3) NOT NULL);
CREATE TABLE wallets (id integer PRIMARY KEY, currency char(3));
