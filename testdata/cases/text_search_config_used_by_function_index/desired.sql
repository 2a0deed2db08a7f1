-- A SQL function names a text search configuration only in its body (no
-- recorded dependency), and an index calls the function: the configuration
-- must exist before the index is built.
CREATE TEXT SEARCH DICTIONARY public.plain_words (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION public.article_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION public.article_search ALTER MAPPING FOR asciiword WITH public.plain_words;
CREATE FUNCTION public.article_vector(text) RETURNS tsvector LANGUAGE sql IMMUTABLE
  AS $$SELECT to_tsvector('public.article_search', $1)$$;
CREATE TABLE public.articles (id integer PRIMARY KEY, body text);
CREATE INDEX articles_search ON public.articles USING gin (public.article_vector(body));
CREATE FUNCTION public.middle_of(anyarray) RETURNS anyelement LANGUAGE sql IMMUTABLE
  AS 'SELECT $1[(array_length($1, 1) + 1) / 2]';
CREATE FUNCTION public.push(anyarray, anyelement) RETURNS anyarray LANGUAGE sql IMMUTABLE AS 'SELECT $1 || $2';
CREATE AGGREGATE public.median(anyelement) (SFUNC = public.push, STYPE = anyarray, FINALFUNC = public.middle_of, INITCOND = '{}');
