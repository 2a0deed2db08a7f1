CREATE TABLE tasks (id int PRIMARY KEY, title varchar(200), done boolean DEFAULT false, priority int NOT NULL DEFAULT 0);
CREATE FUNCTION open_tasks() RETURNS SETOF tasks LANGUAGE sql STABLE AS 'SELECT * FROM tasks WHERE NOT done';
CREATE VIEW open_view AS SELECT id, title, priority FROM open_tasks();
CREATE FUNCTION task_summary(t tasks) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT t.id || ':' || t.title $$;
