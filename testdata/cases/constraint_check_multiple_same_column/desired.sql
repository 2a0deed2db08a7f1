-- two unnamed checks on the same column get names t_x_check and t_x_check1
CREATE TABLE t (x integer CHECK (x > 0) CHECK (x < 100), y text CHECK (y ~ '^[a-z]+$'));
