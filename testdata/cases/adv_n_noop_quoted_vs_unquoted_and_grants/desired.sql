CREATE SCHEMA SALES;
CREATE TABLE Sales.Orders (ID int PRIMARY KEY, Total numeric);
GRANT ALL PRIVILEGES ON TABLE sales.orders TO dl_adv_ro;
GRANT USAGE ON SCHEMA sales TO dl_adv_ro;
COMMENT ON COLUMN sales.orders.total IS 'sum';
