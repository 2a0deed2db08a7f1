-- adds two unnamed CHECKs: PostgreSQL names them pct_check and pct_check1, in this order
CREATE DOMAIN pct AS integer CHECK (VALUE >= 0) CHECK (VALUE <= 100);
