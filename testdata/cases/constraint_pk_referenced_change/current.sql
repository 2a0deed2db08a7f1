-- a single-column key referenced by two foreign keys
CREATE TABLE projects (tenant_id integer NOT NULL, id integer NOT NULL, PRIMARY KEY (id));
CREATE TABLE tasks (id integer PRIMARY KEY, tenant_id integer NOT NULL, project_id integer NOT NULL REFERENCES projects (id));
CREATE TABLE files (id integer PRIMARY KEY, tenant_id integer NOT NULL, project_id integer REFERENCES projects (id) ON DELETE CASCADE);
INSERT INTO projects VALUES (1, 10), (1, 11);
INSERT INTO tasks VALUES (1, 1, 10);
INSERT INTO files VALUES (1, 1, 11);
