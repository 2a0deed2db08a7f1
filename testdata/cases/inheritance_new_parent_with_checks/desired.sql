CREATE TABLE public.audited (changed_at timestamptz NOT NULL DEFAULT now(), changed_by text,
  CONSTRAINT audited_by_set CHECK (changed_by <> ''));
CREATE TABLE public.tagged (tag varchar(10));
CREATE TABLE public.base (id bigint NOT NULL);
CREATE TABLE public.orders (total numeric, tag varchar(10)) INHERITS (public.base, public.audited, public.tagged);
