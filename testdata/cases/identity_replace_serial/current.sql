-- a serial key with rows
CREATE TABLE things (id serial PRIMARY KEY, name text);
INSERT INTO things (name) VALUES ('a'), ('b');
