-- the same-named unique constraint now covers two columns
CREATE TABLE slugs (id integer PRIMARY KEY, site_id integer NOT NULL, slug text NOT NULL, CONSTRAINT slugs_unique UNIQUE (site_id, slug));
