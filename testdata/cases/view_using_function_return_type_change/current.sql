-- a view that calls a function returning integer
CREATE TABLE prices (id integer PRIMARY KEY, net integer NOT NULL);
CREATE FUNCTION doubled(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * 2 $$;
CREATE VIEW doubled_prices AS SELECT id, doubled(net) AS d FROM prices;
