-- adds array columns of several element types, incl. multi-dimensional and typmod arrays
CREATE TABLE docs (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores integer[],
    matrix double precision[][],
    codes varchar(10)[] DEFAULT ARRAY['a', 'b']::varchar(10)[],
    amounts numeric(6,2)[],
    ids uuid[],
    stamps timestamptz[],
    ranges int4range[],
    bits bit(4)[]
);
