-- two existing tables with a one-way FK
CREATE TABLE teams (id integer PRIMARY KEY, captain_id integer);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams);
INSERT INTO teams VALUES (1, 1); INSERT INTO players VALUES (1, 1);
