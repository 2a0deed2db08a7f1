CREATE SUBSCRIPTION audit_feed CONNECTION 'host=publisher.invalid dbname=app'
    PUBLICATION audit WITH (connect = false, binary = true);
