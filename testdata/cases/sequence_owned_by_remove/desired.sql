-- sets the sequence back to OWNED BY NONE, keeping the default
CREATE SEQUENCE items_id_seq;
CREATE TABLE items (id integer NOT NULL DEFAULT nextval('items_id_seq') PRIMARY KEY);
