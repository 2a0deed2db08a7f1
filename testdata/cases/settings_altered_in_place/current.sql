-- Parts of objects PostgreSQL alters in place: a text search
-- configuration's mappings (an index uses it: it must stay), a statistics
-- target, a server's version, what a publication publishes.
CREATE TEXT SEARCH CONFIGURATION public.docs (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR asciiword, word WITH simple;
ALTER TEXT SEARCH CONFIGURATION public.docs ADD MAPPING FOR int WITH simple;
CREATE TABLE public.articles (id integer PRIMARY KEY, title text, body text, draft boolean);
CREATE INDEX articles_search ON public.articles USING gin (to_tsvector('public.docs'::regconfig, body));
CREATE STATISTICS public.articles_stats (dependencies) ON title, body FROM public.articles;
ALTER STATISTICS public.articles_stats SET STATISTICS 200;
CREATE STATISTICS public.articles_more (ndistinct) ON id, title FROM public.articles;
CREATE FOREIGN DATA WRAPPER sa_wrapper;
CREATE SERVER sa_old VERSION '1.0' FOREIGN DATA WRAPPER sa_wrapper;
CREATE SERVER sa_plain VERSION '2' FOREIGN DATA WRAPPER sa_wrapper;
CREATE TABLE public.authors (id integer PRIMARY KEY, name text);
CREATE TABLE public.gone (id integer PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE public.articles, public.gone WITH (publish = 'insert');
