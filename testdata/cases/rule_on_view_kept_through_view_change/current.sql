CREATE TABLE public.notes (id integer PRIMARY KEY, title varchar(20));
CREATE VIEW public.note_titles AS SELECT id, title FROM public.notes;
CREATE RULE note_titles_insert AS ON INSERT TO public.note_titles
  DO INSTEAD INSERT INTO public.notes VALUES (NEW.id, NEW.title);
