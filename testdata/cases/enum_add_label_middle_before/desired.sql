-- inserts a label between the first and second one (ADD VALUE ... BEFORE/AFTER)
CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'critical');
CREATE TABLE tasks (id integer PRIMARY KEY, prio priority);
