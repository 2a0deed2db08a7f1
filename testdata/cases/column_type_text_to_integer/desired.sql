-- text -> integer has no implicit cast: needs USING, and the default must be rewritten too
CREATE TABLE imports (id integer PRIMARY KEY, qty integer NOT NULL DEFAULT 0);
