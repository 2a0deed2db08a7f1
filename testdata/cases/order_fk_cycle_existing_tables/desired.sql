-- closes the cycle by adding the reverse FK between existing tables
CREATE TABLE teams (id integer PRIMARY KEY, captain_id integer);
CREATE TABLE players (id integer PRIMARY KEY, team_id integer REFERENCES teams);
ALTER TABLE teams ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES players;
