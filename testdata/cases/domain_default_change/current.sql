-- a char(3) domain defaulting to EUR
CREATE DOMAIN currency_code AS char(3) DEFAULT 'EUR' NOT NULL;
CREATE TABLE prices (id integer PRIMARY KEY, currency currency_code);
INSERT INTO prices VALUES (1, 'EUR'), (2, 'GBP');
