-- installs hstore into a dedicated schema and uses the type from public
CREATE SCHEMA extensions;
CREATE EXTENSION hstore SCHEMA extensions;
CREATE TABLE settings (
    id integer PRIMARY KEY,
    attrs extensions.hstore NOT NULL DEFAULT ''::extensions.hstore
);
