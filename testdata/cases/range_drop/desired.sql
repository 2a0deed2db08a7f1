-- drops the range type (and with it its multirange)
CREATE TABLE holidays (id integer PRIMARY KEY, day date);
