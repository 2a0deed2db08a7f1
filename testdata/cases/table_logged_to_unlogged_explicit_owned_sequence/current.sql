-- a logged table with an explicitly created sequence OWNED BY its column
CREATE TABLE queue (id bigint PRIMARY KEY, payload text);
CREATE SEQUENCE queue_ids OWNED BY queue.id;
ALTER TABLE queue ALTER COLUMN id SET DEFAULT nextval('queue_ids');
