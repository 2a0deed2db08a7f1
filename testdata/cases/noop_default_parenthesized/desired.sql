-- NO-OP: the same defaults and check with extra parentheses and explicit casts that PostgreSQL normalises away
CREATE TABLE t (a integer DEFAULT (0), b text DEFAULT ('x'::text), c timestamptz DEFAULT (now()), d numeric DEFAULT ((1.5)), e integer CHECK (((e > 0))));
