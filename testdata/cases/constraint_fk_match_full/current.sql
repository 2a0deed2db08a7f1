-- a composite foreign key with MATCH SIMPLE (default)
CREATE TABLE rooms (building text NOT NULL, no integer NOT NULL, PRIMARY KEY (building, no));
CREATE TABLE bookings (id integer PRIMARY KEY, building text, room_no integer,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (building, room_no) REFERENCES rooms (building, no));
INSERT INTO rooms VALUES ('A', 1); INSERT INTO bookings VALUES (1, 'A', 1), (2, NULL, NULL);
