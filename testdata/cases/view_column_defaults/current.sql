CREATE TABLE notes (id int PRIMARY KEY, body text, author text);
CREATE VIEW public_notes AS SELECT id, body FROM notes;
ALTER VIEW public_notes ALTER COLUMN body SET DEFAULT 'draft';
CREATE VIEW author_notes AS SELECT id, author FROM notes;
ALTER VIEW author_notes ALTER COLUMN author SET DEFAULT 'anonymous';
