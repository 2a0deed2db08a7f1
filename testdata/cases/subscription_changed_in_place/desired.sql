-- New publisher, other publications, no slot, another commit level: all
-- altered in place.
CREATE SUBSCRIPTION feed CONNECTION 'host=new.invalid dbname=app'
    PUBLICATION orders_v2 WITH (connect = false, slot_name = NONE, synchronous_commit = local);
