CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) PRIMARY KEY, label text);
INSERT INTO items (label) VALUES ('x'),('y');
