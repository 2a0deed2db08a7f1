CREATE TABLE b (id integer PRIMARY KEY);
CREATE SEQUENCE a_id_seq AS integer OWNED BY b.id;
ALTER TABLE b ALTER COLUMN id SET DEFAULT nextval('a_id_seq');
