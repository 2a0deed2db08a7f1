-- the function return type changes: view dropped, function dropped and recreated, view recreated
CREATE TABLE prices (id integer PRIMARY KEY, net integer NOT NULL);
CREATE FUNCTION doubled(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT n::bigint * 2 $$;
CREATE VIEW doubled_prices AS SELECT id, doubled(net) AS d FROM prices;
