CREATE SCHEMA app;
CREATE SCHEMA lib;
CREATE TYPE lib.kind AS ENUM ('a', 'b');
CREATE FUNCTION lib.norm(x text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(x)';
CREATE TABLE app.things (id int PRIMARY KEY, k lib.kind NOT NULL DEFAULT 'a'::lib.kind, name text);
CREATE INDEX things_norm ON app.things (lib.norm(name));
CREATE VIEW app.thing_names AS SELECT id, lib.norm(name) AS n FROM app.things;
CREATE TABLE public.top (id int PRIMARY KEY, thing_id int REFERENCES app.things (id));
