CREATE TYPE priority AS ENUM ('low', 'mid', 'high', 'urgent');
CREATE TYPE priority_span AS RANGE (subtype = priority);
CREATE TABLE rules (id int PRIMARY KEY, applies priority_span);
INSERT INTO rules VALUES (1, '[low,high]'), (2, NULL);
