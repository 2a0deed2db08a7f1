-- a sequence used by a default but not owned by the column
CREATE SEQUENCE items_id_seq;
CREATE TABLE items (id integer NOT NULL DEFAULT nextval('items_id_seq') PRIMARY KEY);
