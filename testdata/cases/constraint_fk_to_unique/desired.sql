-- a foreign key referencing a UNIQUE constraint rather than the primary key
CREATE TABLE users (id integer PRIMARY KEY, username text NOT NULL UNIQUE);
CREATE TABLE profiles (username text PRIMARY KEY REFERENCES users (username) ON UPDATE CASCADE, bio text);
