-- a named unique constraint on one column
CREATE TABLE slugs (id integer PRIMARY KEY, site_id integer NOT NULL, slug text NOT NULL, CONSTRAINT slugs_unique UNIQUE (slug));
INSERT INTO slugs VALUES (1, 1, 'home'), (2, 2, 'about');
