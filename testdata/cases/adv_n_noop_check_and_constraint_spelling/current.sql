CREATE TABLE parent (id integer NOT NULL, code text NOT NULL);
ALTER TABLE parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);
ALTER TABLE parent ADD CONSTRAINT parent_code_key UNIQUE (code);
CREATE TABLE child (
  id integer NOT NULL,
  parent_id integer,
  qty integer,
  price numeric
);
ALTER TABLE child ADD CONSTRAINT child_pkey PRIMARY KEY (id);
ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent(id) MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION NOT DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE child ADD CONSTRAINT child_qty_check CHECK ((qty > 0));
ALTER TABLE child ADD CONSTRAINT child_price_check CHECK (((price IS NULL) OR (price >= (0)::numeric)));
CREATE INDEX child_parent ON child USING btree (parent_id ASC NULLS LAST);
COMMENT ON TABLE child IS 'kids';
