-- changes a text column to the extension type citext
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, email citext NOT NULL);
