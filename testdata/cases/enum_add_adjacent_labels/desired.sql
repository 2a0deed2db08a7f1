-- inserts two consecutive labels between low and high: they must end up as mid1 then mid2
CREATE TYPE level AS ENUM ('low', 'mid1', 'mid2', 'high');
CREATE TABLE alarms (id integer PRIMARY KEY, lvl level NOT NULL);
