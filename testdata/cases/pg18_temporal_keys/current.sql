CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id int, during tstzrange, PRIMARY KEY (id));
CREATE TABLE bookings (id int PRIMARY KEY, room_id int, during tstzrange);
