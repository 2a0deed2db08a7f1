CREATE TABLE thing (id int PRIMARY KEY, label text);
CREATE TABLE holder (id int PRIMARY KEY, thing_id int REFERENCES thing (id));
