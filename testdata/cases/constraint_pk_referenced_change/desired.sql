-- changes a primary key that foreign keys depend on: FKs must be dropped, PK changed, FKs recreated on the new columns
CREATE TABLE projects (tenant_id integer NOT NULL, id integer NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (
    id integer PRIMARY KEY, tenant_id integer NOT NULL, project_id integer NOT NULL,
    CONSTRAINT tasks_project_id_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
CREATE TABLE files (
    id integer PRIMARY KEY, tenant_id integer NOT NULL, project_id integer,
    CONSTRAINT files_project_id_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
);
