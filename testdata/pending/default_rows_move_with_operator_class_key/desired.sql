CREATE TABLE public.words (w text NOT NULL) PARTITION BY RANGE (w text_pattern_ops);
CREATE TABLE public.words_rest PARTITION OF public.words DEFAULT;
CREATE TABLE public.words_m PARTITION OF public.words FOR VALUES FROM ('m') TO ('n');
