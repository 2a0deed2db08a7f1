CREATE EXTENSION hstore;
CREATE TABLE docs (id int PRIMARY KEY, attrs hstore);
CREATE INDEX docs_attrs ON docs USING gin (attrs);
INSERT INTO docs VALUES (1, 'a=>1');
