-- an integer domain without checks
CREATE DOMAIN pct AS integer;
