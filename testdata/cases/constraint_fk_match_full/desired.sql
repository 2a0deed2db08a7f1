-- switches the composite foreign key to MATCH FULL
CREATE TABLE rooms (building text NOT NULL, no integer NOT NULL, PRIMARY KEY (building, no));
CREATE TABLE bookings (id integer PRIMARY KEY, building text, room_no integer,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (building, room_no) REFERENCES rooms (building, no) MATCH FULL);
