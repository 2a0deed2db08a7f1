-- drops one table, creates another, leaves the referencing pair intact
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer REFERENCES a);
CREATE TABLE d (id integer PRIMARY KEY, label text);
