CREATE SCHEMA cfg;
CREATE FUNCTION cfg.default_tz(fallback text DEFAULT 'UTC') RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.tz', true), fallback) $$;
CREATE FUNCTION fmt_ts(ts timestamptz, tz text DEFAULT cfg.default_tz()) RETURNS text LANGUAGE sql STABLE AS $$ SELECT to_char(ts AT TIME ZONE tz, 'YYYY-MM-DD') $$;
