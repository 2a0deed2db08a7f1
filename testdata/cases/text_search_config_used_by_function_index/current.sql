CREATE TABLE public.articles (id integer PRIMARY KEY, body text);
INSERT INTO public.articles VALUES (1, 'The quick brown fox');
