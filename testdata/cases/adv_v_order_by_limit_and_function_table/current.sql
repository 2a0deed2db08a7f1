CREATE TABLE scores (player text, score int, at timestamptz DEFAULT now());
CREATE FUNCTION top_scores(n int) RETURNS TABLE (player text, score int) LANGUAGE sql STABLE AS $$ SELECT player, score FROM scores ORDER BY score DESC LIMIT n $$;
CREATE VIEW leaderboard AS SELECT * FROM top_scores(10);
CREATE VIEW latest AS SELECT player, score FROM scores ORDER BY at DESC LIMIT 5;
