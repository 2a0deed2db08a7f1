-- The schema goes, and with it its default privileges; the others return
-- to the built-in defaults except one.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
