-- version 1 of a blog schema, with data
CREATE TYPE post_status AS ENUM ('draft', 'published');
CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(100) NOT NULL UNIQUE,
    name varchar(50) NOT NULL,
    is_admin boolean NOT NULL DEFAULT false,
    fax text
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES users,
    title varchar(100) NOT NULL,
    body text,
    status post_status NOT NULL DEFAULT 'draft',
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_idx ON posts (author_id);
CREATE TABLE comments (
    id serial PRIMARY KEY,
    post_id integer NOT NULL REFERENCES posts,
    body text NOT NULL
);
CREATE TABLE old_stats (post_id integer, views integer);
COMMENT ON TABLE posts IS 'blog posts';
INSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');
INSERT INTO posts (author_id, title, body, status) VALUES (1, 'Hello', 'first', 'published'), (2, 'Draft', '', 'draft');
INSERT INTO comments (post_id, body) VALUES (1, 'nice');
