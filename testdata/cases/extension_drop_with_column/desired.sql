-- drops citext and changes the column back to text
CREATE TABLE tags (id integer PRIMARY KEY, label text NOT NULL);
