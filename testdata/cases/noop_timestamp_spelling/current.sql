-- abbreviated timestamp and time type names
CREATE TABLE t (a timestamptz, b timestamp, c timetz, d time, e timestamptz(3));
