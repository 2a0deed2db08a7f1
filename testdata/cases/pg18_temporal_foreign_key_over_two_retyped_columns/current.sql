-- A temporal foreign key (PERIOD) whose columns on both sides change type:
-- its GiST comparison has no cross-type equality, so PostgreSQL cannot
-- carry it over the first retype; it is dropped before and added after.
CREATE EXTENSION btree_gist;
CREATE TABLE public.rooms (id int NOT NULL, valid daterange NOT NULL,
    PRIMARY KEY (id, valid WITHOUT OVERLAPS));
CREATE TABLE public.bookings (id int PRIMARY KEY, room int, stay daterange,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (room, PERIOD stay) REFERENCES public.rooms (id, PERIOD valid));
INSERT INTO public.rooms VALUES (7, '[2025-01-01,2026-01-01)');
INSERT INTO public.bookings VALUES (1, 7, '[2025-03-01,2025-03-04)');
