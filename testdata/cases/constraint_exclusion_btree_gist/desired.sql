-- installs btree_gist and adds a partial exclusion constraint mixing = on integer and && on a range
CREATE EXTENSION btree_gist;
CREATE TABLE bookings (
    room_id integer NOT NULL,
    during daterange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled)
);
