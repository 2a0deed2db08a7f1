CREATE TABLE answers (id int PRIMARY KEY);
