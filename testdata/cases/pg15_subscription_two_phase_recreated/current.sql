CREATE SUBSCRIPTION orders_feed CONNECTION 'host=publisher.invalid dbname=app'
    PUBLICATION orders WITH (connect = false, slot_name = NONE);
