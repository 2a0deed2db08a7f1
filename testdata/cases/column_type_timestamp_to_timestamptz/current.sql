-- a timestamp without time zone column with a default
CREATE TABLE logins (id integer PRIMARY KEY, at timestamp NOT NULL DEFAULT now());
INSERT INTO logins VALUES (1, '2024-01-01 10:00');
