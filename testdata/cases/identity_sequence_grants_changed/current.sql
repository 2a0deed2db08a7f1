CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric);
GRANT USAGE, SELECT ON SEQUENCE public.orders_id_seq TO isg_report;
CREATE TABLE public.lines (n integer, note text);
