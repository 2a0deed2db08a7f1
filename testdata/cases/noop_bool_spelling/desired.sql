-- NO-OP: boolean spelled out, defaults written as TRUE / false
CREATE TABLE t (a boolean DEFAULT TRUE, b boolean NOT NULL DEFAULT false);
