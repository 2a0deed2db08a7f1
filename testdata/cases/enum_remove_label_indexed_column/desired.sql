-- removes an enum label while the column is used in an index, a partial index predicate and a check
CREATE TYPE level AS ENUM ('debug', 'info', 'warn', 'error');
CREATE TABLE logs (
    id bigint PRIMARY KEY,
    lvl level NOT NULL DEFAULT 'info' CHECK (lvl <> 'debug')
);
CREATE INDEX logs_lvl_idx ON logs (lvl);
CREATE INDEX logs_errors_idx ON logs (id) WHERE lvl = 'error';
