-- creates a table with stored generated columns
CREATE TABLE rectangles (
    w numeric NOT NULL,
    h numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (w * h) STORED,
    label text GENERATED ALWAYS AS ('rect ' || w::text || 'x' || h::text) STORED
);
