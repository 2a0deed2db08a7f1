CREATE SCHEMA ext;
CREATE EXTENSION btree_gist SCHEMA ext;
CREATE TABLE bookings (id int PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
  CONSTRAINT no_overlap EXCLUDE USING gist (room ext.gist_int4_ops WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED);
