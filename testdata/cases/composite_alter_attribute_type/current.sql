-- an unused composite type
CREATE TYPE line_item AS (code varchar(10), qty integer, note text);
