-- table becomes UNLOGGED but the explicitly created owned sequence stays logged (SET UNLOGGED would flip it; must be set back)
CREATE UNLOGGED TABLE queue (id bigint PRIMARY KEY, payload text);
CREATE SEQUENCE queue_ids OWNED BY queue.id;
ALTER TABLE queue ALTER COLUMN id SET DEFAULT nextval('queue_ids');
