CREATE SCHEMA extensions;
CREATE EXTENSION hstore SCHEMA extensions;
CREATE TABLE docs (id int PRIMARY KEY, attrs extensions.hstore, tags extensions.hstore DEFAULT ''::extensions.hstore);
CREATE INDEX docs_attrs ON docs USING gin (attrs);
CREATE INDEX docs_a ON docs ((attrs OPERATOR(extensions.->) 'a'));
