-- Defaults for inserts through a view: one view is recreated (a column
-- comes in the middle) and keeps its defaults, the other loses one.
CREATE TABLE notes (id int PRIMARY KEY, body text, author text);
CREATE FUNCTION next_note_id() RETURNS int LANGUAGE sql AS 'SELECT coalesce(max(id), 0) + 1 FROM notes';
CREATE VIEW public_notes AS SELECT id, author, body FROM notes;
ALTER VIEW public_notes ALTER COLUMN body SET DEFAULT 'empty';
ALTER VIEW public_notes ALTER COLUMN id SET DEFAULT next_note_id();
CREATE VIEW author_notes AS SELECT id, author FROM notes;
