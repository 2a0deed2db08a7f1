-- an enum with three labels
CREATE TYPE priority AS ENUM ('low', 'high', 'critical');
CREATE TABLE tasks (id integer PRIMARY KEY, prio priority);
INSERT INTO tasks VALUES (1, 'low'), (2, 'critical');
