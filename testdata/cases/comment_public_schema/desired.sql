-- changes the comment of the built-in public schema (which must not be dropped or created)
COMMENT ON SCHEMA public IS 'application schema';
