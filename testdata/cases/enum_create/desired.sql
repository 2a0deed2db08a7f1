-- creates an enum type and a table column using it with a default
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (
    id integer PRIMARY KEY,
    current_mood mood NOT NULL DEFAULT 'ok'
);
