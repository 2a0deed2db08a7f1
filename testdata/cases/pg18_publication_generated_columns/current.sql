-- A publication that starts publishing stored generated columns (18):
-- altered in place, and another that stops.
CREATE TABLE public.prices (id int PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED);
CREATE PUBLICATION prices_out FOR TABLE public.prices;
CREATE PUBLICATION prices_all FOR TABLE public.prices WITH (publish_generated_columns = stored);
