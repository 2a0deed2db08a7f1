-- a foreign key pointing at one table
CREATE TABLE old_owners (id integer PRIMARY KEY);
CREATE TABLE new_owners (id integer PRIMARY KEY);
CREATE TABLE pets (id integer PRIMARY KEY, owner_id integer, CONSTRAINT pets_owner_fkey FOREIGN KEY (owner_id) REFERENCES old_owners);
