-- A label goes: the enum is rebuilt, and the range type over it with it.
CREATE TYPE priority AS ENUM ('low', 'mid', 'high');
CREATE TYPE priority_span AS RANGE (subtype = priority);
CREATE TABLE rules (id int PRIMARY KEY, applies priority_span);
