CREATE TABLE public.prices (id int PRIMARY KEY, net numeric, gross numeric GENERATED ALWAYS AS (net * 1.2) STORED);
CREATE PUBLICATION prices_out FOR TABLE public.prices WITH (publish_generated_columns = stored);
CREATE PUBLICATION prices_all FOR TABLE public.prices;
