-- Foreign tables: options, columns (with their options), constraints,
-- comments and privileges change in place; a new server means a new
-- table (the view over it comes back); others come and go.
CREATE FOREIGN DATA WRAPPER remote_rows;
CREATE SERVER warehouse FOREIGN DATA WRAPPER remote_rows OPTIONS (host 'wh1');
CREATE SERVER archive FOREIGN DATA WRAPPER remote_rows;
CREATE SCHEMA ext;
CREATE FOREIGN TABLE ext.stock (
    sku text OPTIONS (column_name 'sku_code') NOT NULL,
    qty integer CHECK (qty >= 0),
    location text OPTIONS (column_name 'loc')
) SERVER warehouse OPTIONS (table_name 'stock_v2');
COMMENT ON FOREIGN TABLE ext.stock IS 'stock, all sites';
COMMENT ON COLUMN ext.stock.location IS 'site code';
GRANT SELECT ON ext.stock TO ft_reader;
CREATE FOREIGN TABLE ext.old_orders (id integer, placed date) SERVER archive OPTIONS (table_name 'orders_2020');
CREATE VIEW ext.old_order_days AS SELECT placed FROM ext.old_orders;
CREATE FOREIGN TABLE ext.prices (
    sku text NOT NULL,
    price numeric(10,2) DEFAULT 0
) SERVER warehouse OPTIONS (table_name 'prices');
GRANT SELECT (sku, price) ON ext.prices TO ft_reader;
