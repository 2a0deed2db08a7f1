CREATE TABLE r (id int PRIMARY KEY, w numeric, d numeric, area numeric GENERATED ALWAYS AS (w * d) STORED);
CREATE VIEW big_r AS SELECT id, area FROM r WHERE area > 10;
