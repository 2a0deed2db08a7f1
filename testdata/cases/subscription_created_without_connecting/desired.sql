CREATE TABLE items (id int PRIMARY KEY, title text NOT NULL);
-- Created without connecting (as pg_dump writes one): the slot is made
-- on the publisher by hand, then the subscription is enabled.
CREATE SUBSCRIPTION items_feed
    CONNECTION 'host=publisher.invalid dbname=shop application_name=replica'
    PUBLICATION shop_prices, shop_items
    WITH (connect = false, synchronous_commit = 'remote_write');
COMMENT ON SUBSCRIPTION items_feed IS 'catalogue from the shop';
