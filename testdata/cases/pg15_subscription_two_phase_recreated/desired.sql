-- two_phase is set only by CREATE SUBSCRIPTION: dropped and created again.
CREATE SUBSCRIPTION orders_feed CONNECTION 'host=publisher.invalid dbname=app'
    PUBLICATION orders WITH (connect = false, slot_name = NONE, two_phase = true);
