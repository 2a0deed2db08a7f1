-- A schema, a table in it, a column, an index and an enum label renamed in
-- one plan; the serial's sequence and the default-named constraints follow
-- the table's new name; the view over the old names is recreated.
CREATE SCHEMA store; -- @renamed from=shop
CREATE TABLE store.users ( -- @renamed from=people
    id serial PRIMARY KEY,
    description text NOT NULL, -- @renamed from=body
    score int CHECK (score > 0)
);
CREATE INDEX users_description ON store.users (description); /* @renamed from=people_body */
CREATE VIEW store.recent AS SELECT id, description FROM store.users WHERE id > 1;
CREATE TYPE store.mood AS ENUM (
    'happy', -- @renamed from='glad'
    'sad'
);
CREATE TABLE store.visits (
    person int REFERENCES store.users,
    mood store.mood
);
