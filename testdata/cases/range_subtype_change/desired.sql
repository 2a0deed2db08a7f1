-- the subtype becomes bigint: range types cannot be altered, so it is dropped and recreated
CREATE TYPE idspan AS RANGE (subtype = bigint);
