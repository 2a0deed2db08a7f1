-- drops a serial column; its owned sequence must go with it
CREATE TABLE tags (name text NOT NULL UNIQUE);
