-- version 2: enum labels added, columns widened/added/dropped, FK actions changed, new tag tables, index changes, comments
CREATE TYPE post_status AS ENUM ('draft', 'review', 'published', 'archived');
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    name varchar(50) NOT NULL,
    is_admin boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES users ON DELETE CASCADE,
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    status post_status NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz
);
CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC);
CREATE INDEX posts_status_idx ON posts (status) WHERE status <> 'archived';
CREATE TABLE comments (
    id serial PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts ON DELETE CASCADE,
    body text NOT NULL CHECK (body <> ''),
    author_id integer REFERENCES users ON DELETE SET NULL
);
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE post_tags (
    post_id integer NOT NULL REFERENCES posts ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
COMMENT ON TABLE posts IS 'blog posts and pages';
COMMENT ON COLUMN posts.updated_at IS 'set by the application on edit';
