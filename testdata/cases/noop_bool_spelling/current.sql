-- bool columns with defaults written as literals
CREATE TABLE t (a bool DEFAULT true, b bool NOT NULL DEFAULT 'f');
