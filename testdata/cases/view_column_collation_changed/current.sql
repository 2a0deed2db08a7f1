CREATE TABLE words (w text, w_c text COLLATE "C");
CREATE VIEW sorted_words AS SELECT w_c AS word, length(w) AS len FROM words;
