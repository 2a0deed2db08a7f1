-- adds a label and a NOT NULL column defaulting to it: the new label is used (existing rows filled) in the same plan
CREATE TYPE doc_state AS ENUM ('draft', 'published', 'imported');
CREATE TABLE docs (id integer PRIMARY KEY, title text NOT NULL, state doc_state NOT NULL DEFAULT 'imported');
