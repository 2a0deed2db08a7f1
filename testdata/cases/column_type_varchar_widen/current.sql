-- a varchar(10) column with data
CREATE TABLE users (id integer PRIMARY KEY, nick varchar(10) NOT NULL UNIQUE);
INSERT INTO users VALUES (1, 'shorty');
