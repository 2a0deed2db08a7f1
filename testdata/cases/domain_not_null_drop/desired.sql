-- allows NULL in the domain again (ALTER DOMAIN ... DROP NOT NULL)
CREATE DOMAIN nickname AS text;
CREATE TABLE players (id integer PRIMARY KEY, nick nickname);
