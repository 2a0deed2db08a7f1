-- widens both ends of a foreign key to bigint
CREATE TABLE parents (id bigint PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id bigint NOT NULL REFERENCES parents (id));
