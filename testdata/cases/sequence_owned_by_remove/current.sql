-- a sequence owned by a column
CREATE SEQUENCE items_id_seq;
CREATE TABLE items (id integer NOT NULL DEFAULT nextval('items_id_seq') PRIMARY KEY);
ALTER SEQUENCE items_id_seq OWNED BY items.id;
