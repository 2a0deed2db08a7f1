-- drops one FK cycle and creates another three-table cycle (x -> y -> z -> x) that also references a kept table
CREATE TABLE stays (id integer PRIMARY KEY);
CREATE TABLE x (id integer PRIMARY KEY, y_id integer, stays_id integer REFERENCES stays);
CREATE TABLE y (id integer PRIMARY KEY, z_id integer);
CREATE TABLE z (id integer PRIMARY KEY, x_id integer REFERENCES x DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE x ADD FOREIGN KEY (y_id) REFERENCES y;
ALTER TABLE y ADD FOREIGN KEY (z_id) REFERENCES z;
