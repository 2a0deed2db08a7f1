-- one existing table
CREATE TABLE authors (id integer PRIMARY KEY, name text NOT NULL);
