CREATE TABLE animal (id int NOT NULL, name text, legs int DEFAULT 4);
CREATE TABLE bird (wings int) INHERITS (animal);
CREATE TABLE fish () INHERITS (animal);
