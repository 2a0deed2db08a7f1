CREATE SUBSCRIPTION feed CONNECTION 'host=old.invalid dbname=app'
    PUBLICATION orders, customers WITH (connect = false);
COMMENT ON SUBSCRIPTION feed IS 'from the old primary';
