CREATE FUNCTION default_tz() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'UTC' $$;
CREATE FUNCTION fmt_ts(ts timestamptz, tz text DEFAULT default_tz()) RETURNS text LANGUAGE sql STABLE AS $$ SELECT to_char(ts AT TIME ZONE tz, 'YYYY-MM-DD') $$;
