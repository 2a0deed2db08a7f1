-- plain defaults and a plain check
CREATE TABLE t (a integer DEFAULT 0, b text DEFAULT 'x', c timestamptz DEFAULT now(), d numeric DEFAULT 1.5, e integer CHECK (e > 0));
