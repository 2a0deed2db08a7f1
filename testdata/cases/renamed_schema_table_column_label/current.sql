CREATE SCHEMA shop;
CREATE TABLE shop.people (
    id serial PRIMARY KEY,
    body text NOT NULL,
    score int CHECK (score > 0)
);
CREATE INDEX people_body ON shop.people (body);
CREATE VIEW shop.recent AS SELECT id, body FROM shop.people WHERE id > 1;
CREATE TYPE shop.mood AS ENUM ('glad', 'sad');
CREATE TABLE shop.visits (
    person int REFERENCES shop.people,
    mood shop.mood
);
INSERT INTO shop.people (body, score) VALUES ('first', 1), ('second', 2);
INSERT INTO shop.visits VALUES (1, 'glad'), (2, 'sad');
