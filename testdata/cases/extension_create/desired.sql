-- installs a contrib extension into public
CREATE EXTENSION citext;
