-- A table that gains parents: one whose columns and check it lacks, one
-- whose column it has with another type; a parent it keeps retypes a
-- column they share.
CREATE TABLE public.audited (changed_at timestamptz NOT NULL DEFAULT now(), changed_by text,
  CONSTRAINT audited_by_set CHECK (changed_by <> ''));
CREATE TABLE public.tagged (tag varchar(10));
CREATE TABLE public.base (id integer NOT NULL);
CREATE TABLE public.orders (total numeric, tag varchar(5)) INHERITS (public.base);
INSERT INTO public.orders VALUES (1, 9.5, 'a');
