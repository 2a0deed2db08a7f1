-- drops the unused domain, the table stays
CREATE TABLE towns (id integer PRIMARY KEY, name text NOT NULL);
