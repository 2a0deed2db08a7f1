-- a table with rows and no function
CREATE TABLE subscribers (id integer PRIMARY KEY, email text NOT NULL);
INSERT INTO subscribers VALUES (1, 'A@x.org'), (2, 'b@x.org');
