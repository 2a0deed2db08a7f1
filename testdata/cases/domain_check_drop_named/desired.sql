-- drops one named CHECK (phone_length) and keeps the other
CREATE DOMAIN phone AS text
    CONSTRAINT phone_chars CHECK (VALUE ~ '^[0-9+ ]+$');
CREATE TABLE people (id integer PRIMARY KEY, phone phone);
