-- a non-deferrable foreign key
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a);
