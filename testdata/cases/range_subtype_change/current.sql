-- an unused range type over integer
CREATE TYPE idspan AS RANGE (subtype = integer);
