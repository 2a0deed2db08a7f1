-- a DEFERRABLE INITIALLY DEFERRED unique constraint
CREATE TABLE slides (deck_id integer NOT NULL, position integer NOT NULL, UNIQUE (deck_id, position) DEFERRABLE INITIALLY DEFERRED);
