-- room bookings, no extension yet
CREATE TABLE bookings (room_id integer NOT NULL, during daterange NOT NULL, cancelled boolean NOT NULL DEFAULT false);
