-- an ALWAYS identity column
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
INSERT INTO users (name) VALUES ('a');
