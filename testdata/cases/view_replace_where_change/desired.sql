-- changes the WHERE clause and adds ORDER BY; the column list stays identical
CREATE TABLE tasks (id integer PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false, priority integer NOT NULL DEFAULT 0);
CREATE VIEW open_tasks AS SELECT id, title, priority FROM tasks WHERE NOT done AND priority > 0 ORDER BY priority DESC;
