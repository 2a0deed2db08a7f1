-- numbers stored as text
CREATE TABLE imports (id integer PRIMARY KEY, qty text NOT NULL DEFAULT '0');
INSERT INTO imports VALUES (1, '12'), (2, '0');
