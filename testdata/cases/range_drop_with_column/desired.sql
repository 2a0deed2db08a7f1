-- drops the column and then the range type (destructive)
CREATE TABLE audiences (id integer PRIMARY KEY);
