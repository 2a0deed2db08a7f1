-- a domain with two named CHECK constraints
CREATE DOMAIN phone AS text
    CONSTRAINT phone_chars CHECK (VALUE ~ '^[0-9+ ]+$')
    CONSTRAINT phone_length CHECK (length(VALUE) <= 12);
CREATE TABLE people (id integer PRIMARY KEY, phone phone);
INSERT INTO people VALUES (1, '+44 1234');
