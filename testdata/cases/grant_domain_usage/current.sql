-- a domain not usable by PUBLIC
CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN positive_amount FROM PUBLIC;
