-- installs citext and adds a column (with a unique constraint) of the extension type
CREATE EXTENSION citext;
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email citext UNIQUE
);
