-- Mappings changed, added and removed; one statistics target changed,
-- one set; a server's version changed, another's removed; the
-- publication's options, tables and table list change (a table leaves it
-- by being dropped).
CREATE TEXT SEARCH CONFIGURATION public.docs (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR asciiword, word WITH english_stem, simple;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR email WITH simple;
CREATE TABLE public.articles (id integer PRIMARY KEY, title text, body text, draft boolean);
CREATE INDEX articles_search ON public.articles USING gin (to_tsvector('public.docs'::regconfig, body));
CREATE STATISTICS public.articles_stats (dependencies) ON title, body FROM public.articles;
ALTER STATISTICS public.articles_stats SET STATISTICS 500;
CREATE STATISTICS public.articles_more (ndistinct) ON id, title FROM public.articles;
ALTER STATISTICS public.articles_more SET STATISTICS 0;
CREATE FOREIGN DATA WRAPPER sa_wrapper;
CREATE SERVER sa_old VERSION '1.1' FOREIGN DATA WRAPPER sa_wrapper;
CREATE SERVER sa_plain FOREIGN DATA WRAPPER sa_wrapper;
CREATE TABLE public.authors (id integer PRIMARY KEY, name text);
CREATE PUBLICATION feed FOR TABLE public.articles, public.authors
  WITH (publish = 'insert, update, delete', publish_via_partition_root = true);
