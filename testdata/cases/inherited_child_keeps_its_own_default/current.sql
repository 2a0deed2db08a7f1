CREATE TABLE items (id int, kind text DEFAULT 'plain');
CREATE TABLE special_items (extra text) INHERITS (items);
ALTER TABLE special_items ALTER COLUMN kind SET DEFAULT 'special';
