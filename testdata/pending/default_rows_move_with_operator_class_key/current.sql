-- A partition key with an operator class of its own: its bound is not
-- read as a condition, so the default partition's rows that belong in the
-- new partition are not moved, and creating it fails.
CREATE TABLE public.words (w text NOT NULL) PARTITION BY RANGE (w text_pattern_ops);
CREATE TABLE public.words_rest PARTITION OF public.words DEFAULT;
INSERT INTO public.words VALUES ('melon');
