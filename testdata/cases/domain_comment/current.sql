-- three domains, two of them commented
CREATE DOMAIN hex_color AS char(7);
CREATE DOMAIN slug AS text;
CREATE DOMAIN version_no AS integer;
COMMENT ON DOMAIN slug IS 'url part';
COMMENT ON DOMAIN version_no IS 'monotonic version';
