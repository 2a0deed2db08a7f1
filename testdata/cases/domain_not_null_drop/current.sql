-- a NOT NULL domain used by a column
CREATE DOMAIN nickname AS text NOT NULL;
CREATE TABLE players (id integer PRIMARY KEY, nick nickname);
INSERT INTO players VALUES (1, 'zed');
