CREATE EXTENSION btree_gist;
CREATE TABLE public.rooms (id bigint NOT NULL, valid daterange NOT NULL,
    PRIMARY KEY (id, valid WITHOUT OVERLAPS));
CREATE TABLE public.bookings (id int PRIMARY KEY, room bigint, stay daterange,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room, PERIOD stay) REFERENCES public.rooms (id, PERIOD valid));
