-- Options of 14, 15 and 16 changed in place; a new subscription with them.
CREATE SUBSCRIPTION audit_feed CONNECTION 'host=publisher.invalid dbname=app'
    PUBLICATION audit WITH (connect = false, streaming = on, disable_on_error = true, origin = none, run_as_owner = true);
CREATE SUBSCRIPTION metrics_feed CONNECTION 'host=publisher.invalid dbname=metrics'
    PUBLICATION metrics WITH (connect = false, binary = true, streaming = on, origin = none);
