-- removes the label 'fax': the enum is rebuilt, so the domain over it must be rebuilt too, keeping the column's rows
CREATE TYPE channel AS ENUM ('email', 'sms');
CREATE DOMAIN contact_channel AS channel NOT NULL DEFAULT 'email';
CREATE TABLE prefs (id integer PRIMARY KEY, via contact_channel);
