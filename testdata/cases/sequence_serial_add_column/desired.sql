-- adds a bigserial column (sequence + default + NOT NULL + OWNED BY) to a table with rows
CREATE TABLE tags (name text NOT NULL UNIQUE, id bigserial PRIMARY KEY);
