-- changes the foreign key actions to ON DELETE CASCADE ON UPDATE RESTRICT
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent ON DELETE CASCADE ON UPDATE RESTRICT);
