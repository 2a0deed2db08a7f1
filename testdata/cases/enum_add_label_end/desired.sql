-- appends a new label at the end of an enum
CREATE TYPE status AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE posts (id integer PRIMARY KEY, status status NOT NULL DEFAULT 'draft');
