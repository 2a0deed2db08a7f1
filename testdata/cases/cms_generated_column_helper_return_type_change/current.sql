CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA extensions;
CREATE SCHEMA content;

CREATE FUNCTION content.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT extensions.unaccent('extensions.unaccent'::regdictionary, $1) $$;

CREATE TEXT SEARCH CONFIGURATION content.simple_unaccent ( COPY = pg_catalog.simple );

CREATE FUNCTION content.reading_minutes(body text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT greatest(1, array_length(regexp_split_to_array(body, '\s+'), 1) / 200) $$;

CREATE TABLE content.authors (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  handle extensions.citext NOT NULL UNIQUE,
  display_name text NOT NULL
);

CREATE TABLE content.articles (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id integer NOT NULL REFERENCES content.authors(id),
  slug extensions.citext NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  tags text[] NOT NULL DEFAULT '{}',
  published_at timestamptz,
  reading_time integer GENERATED ALWAYS AS (content.reading_minutes(body)) STORED,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED,
  CONSTRAINT articles_slug_key UNIQUE (slug)
);
CREATE INDEX articles_search_idx ON content.articles USING gin (search);
CREATE INDEX articles_title_trgm ON content.articles USING gin (title extensions.gin_trgm_ops);
CREATE INDEX articles_tags_idx ON content.articles USING gin (tags);
CREATE INDEX articles_title_unaccent ON content.articles (content.f_unaccent(lower(title)));

CREATE VIEW content.published AS
  SELECT a.id, a.slug, a.title, au.handle AS author, a.published_at
  FROM content.articles a JOIN content.authors au ON au.id = a.author_id
  WHERE a.published_at IS NOT NULL;

CREATE FUNCTION content.search(q text) RETURNS SETOF content.articles
  LANGUAGE sql STABLE
  AS $$ SELECT * FROM content.articles WHERE search @@ websearch_to_tsquery('english', q) ORDER BY ts_rank(search, websearch_to_tsquery('english', q)) DESC $$;
INSERT INTO content.authors (handle, display_name) VALUES ('Jose', 'José Núñez'), ('ann', 'Ann');
INSERT INTO content.articles (author_id, slug, title, body, tags, published_at) VALUES
 (1, 'Hello-World', 'Hello World', 'First post about café culture', '{intro,coffee}', '2024-01-01'),
 (2, 'draft', 'Draft', 'not yet', '{}', NULL);
