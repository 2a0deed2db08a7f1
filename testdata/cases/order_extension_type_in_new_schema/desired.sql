-- new schema -> extension in it -> column type change to the extension type -> unique index on it in a third schema table
CREATE SCHEMA ext;
CREATE EXTENSION citext SCHEMA ext;
CREATE SCHEMA directory;
CREATE TABLE users (id integer PRIMARY KEY, email ext.citext NOT NULL);
CREATE TABLE directory.aliases (alias ext.citext PRIMARY KEY, user_id integer NOT NULL REFERENCES public.users);
CREATE UNIQUE INDEX users_email_key ON users (email);
