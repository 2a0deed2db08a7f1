-- changes it to DEFERRABLE INITIALLY IMMEDIATE
CREATE TABLE slides (deck_id integer NOT NULL, position integer NOT NULL, UNIQUE (deck_id, position) DEFERRABLE INITIALLY IMMEDIATE);
