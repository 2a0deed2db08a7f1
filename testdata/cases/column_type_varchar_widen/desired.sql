-- widens varchar(10) to varchar(50)
CREATE TABLE users (id integer PRIMARY KEY, nick varchar(50) NOT NULL UNIQUE);
