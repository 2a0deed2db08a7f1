-- the same foreign key with a custom name
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer CONSTRAINT b_belongs_to_a REFERENCES a);
