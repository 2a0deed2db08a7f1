-- makes the domain NOT NULL (ALTER DOMAIN ... SET NOT NULL checks the existing rows)
CREATE DOMAIN username AS varchar(32) NOT NULL;
CREATE TABLE accounts (id integer PRIMARY KEY, login username);
