-- an enum column that is indexed and checked
CREATE TYPE level AS ENUM ('debug', 'trace', 'info', 'warn', 'error');
CREATE TABLE logs (
    id bigint PRIMARY KEY,
    lvl level NOT NULL DEFAULT 'info' CHECK (lvl <> 'debug')
);
CREATE INDEX logs_lvl_idx ON logs (lvl);
CREATE INDEX logs_errors_idx ON logs (id) WHERE lvl = 'error';
INSERT INTO logs VALUES (1, 'info'), (2, 'error');
