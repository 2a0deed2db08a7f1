-- a nullable varchar domain; the column using it holds only non-null values
CREATE DOMAIN username AS varchar(32);
CREATE TABLE accounts (id integer PRIMARY KEY, login username);
INSERT INTO accounts VALUES (1, 'ada'), (2, 'grace');
