-- changes the domain default to USD
CREATE DOMAIN currency_code AS char(3) DEFAULT 'USD' NOT NULL;
CREATE TABLE prices (id integer PRIMARY KEY, currency currency_code);
