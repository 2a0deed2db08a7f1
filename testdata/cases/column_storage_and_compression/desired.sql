CREATE TABLE documents (
    id int PRIMARY KEY,
    body text,
    summary text,
    code text,
    payload bytea
);
ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE documents ALTER COLUMN code SET STORAGE EXTERNAL;

CREATE TABLE attachments (id int PRIMARY KEY, blob bytea, note text);
ALTER TABLE attachments ALTER COLUMN blob SET STORAGE EXTERNAL;
ALTER TABLE attachments ALTER COLUMN note SET COMPRESSION pglz;
ALTER TABLE attachments ADD COLUMN extra text;
ALTER TABLE attachments ALTER COLUMN extra SET STORAGE MAIN;
