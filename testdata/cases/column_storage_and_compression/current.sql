CREATE TABLE documents (
    id int PRIMARY KEY,
    body text,
    summary text,
    code varchar(20),
    payload bytea
);
ALTER TABLE documents ALTER COLUMN summary SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN payload SET COMPRESSION pglz;
ALTER TABLE documents ALTER COLUMN code SET STORAGE EXTERNAL;
INSERT INTO documents VALUES (1, 'b', 's', 'c', '\x00');
