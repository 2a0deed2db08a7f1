-- changes two attribute types (ALTER TYPE ... ALTER ATTRIBUTE ... TYPE)
CREATE TYPE line_item AS (code varchar(50), qty bigint, note text);
