-- a logged table with a serial and an identity column
CREATE TABLE queue (id serial PRIMARY KEY, seq_no bigint GENERATED ALWAYS AS IDENTITY, payload text);
INSERT INTO queue (payload) VALUES ('a');
