-- Same names and types, another collation: CREATE OR REPLACE VIEW cannot
-- change that, so the view is dropped and created again.
CREATE TABLE words (w text, w_c text COLLATE "C");
CREATE VIEW sorted_words AS SELECT w AS word, length(w) AS len FROM words;
