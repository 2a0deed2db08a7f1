-- an immediate unique constraint used for ordering positions
CREATE TABLE slides (deck_id integer NOT NULL, position integer NOT NULL, UNIQUE (deck_id, position));
