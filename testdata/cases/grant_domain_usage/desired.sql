-- grants USAGE on the domain to dl_writer (GRANT ... ON DOMAIN)
CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN positive_amount FROM PUBLIC;
GRANT USAGE ON DOMAIN positive_amount TO dl_writer;
