-- adds a comment to hex_color, changes the one on slug, removes the one on version_no
CREATE DOMAIN hex_color AS char(7);
CREATE DOMAIN slug AS text;
CREATE DOMAIN version_no AS integer;
COMMENT ON DOMAIN hex_color IS 'like #a0b1c2';
COMMENT ON DOMAIN slug IS 'lowercase url path segment';
