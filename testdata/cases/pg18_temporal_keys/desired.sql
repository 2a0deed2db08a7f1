-- PostgreSQL 18: temporal primary keys and PERIOD foreign keys
CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id int, during tstzrange, CONSTRAINT rooms_pkey PRIMARY KEY (id, during WITHOUT OVERLAPS));
CREATE TABLE bookings (
    id int PRIMARY KEY,
    room_id int,
    during tstzrange,
    CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD during) REFERENCES rooms (id, PERIOD during)
);
