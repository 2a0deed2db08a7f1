-- creates a domain over numeric(12,2) with NOT NULL, a DEFAULT and a named CHECK
CREATE TABLE notes (id integer PRIMARY KEY, body text);
CREATE DOMAIN price AS numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT price_non_negative CHECK (VALUE >= 0);
