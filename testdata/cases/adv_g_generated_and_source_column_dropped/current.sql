CREATE TABLE r (id int PRIMARY KEY, w numeric, h numeric, area numeric GENERATED ALWAYS AS (w * h) STORED, d numeric);
CREATE VIEW big_r AS SELECT id, area FROM r WHERE area > 10;
INSERT INTO r (id, w, h) VALUES (1, 2, 3);
