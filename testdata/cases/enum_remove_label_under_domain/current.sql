-- an enum with a domain on top of it; a column uses the domain
CREATE TYPE channel AS ENUM ('email', 'fax', 'sms');
CREATE DOMAIN contact_channel AS channel NOT NULL DEFAULT 'email';
CREATE TABLE prefs (id integer PRIMARY KEY, via contact_channel);
INSERT INTO prefs VALUES (1, 'email'), (2, 'sms');
