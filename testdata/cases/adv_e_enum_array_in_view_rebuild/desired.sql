CREATE TYPE tag AS ENUM ('blue', 'red', 'yellow');
CREATE TABLE posts (id int PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{}', main tag);
CREATE VIEW tagged AS SELECT id, tags, array_length(tags, 1) AS n, main::text AS main_txt FROM posts WHERE 'red' = ANY (tags);
CREATE MATERIALIZED VIEW tag_counts AS SELECT unnest(tags) AS t, count(*) AS c FROM posts GROUP BY 1;
CREATE FUNCTION first_tag(p posts) RETURNS tag LANGUAGE sql IMMUTABLE AS 'SELECT p.tags[1]';
