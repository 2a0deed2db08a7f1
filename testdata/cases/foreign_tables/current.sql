CREATE FOREIGN DATA WRAPPER remote_rows;
CREATE SERVER warehouse FOREIGN DATA WRAPPER remote_rows OPTIONS (host 'wh1');
CREATE SERVER archive FOREIGN DATA WRAPPER remote_rows;
CREATE SCHEMA ext;
CREATE FOREIGN TABLE ext.stock (
    sku text OPTIONS (column_name 'SKU') NOT NULL,
    qty integer
) SERVER warehouse OPTIONS (table_name 'stock', batch '100');
COMMENT ON FOREIGN TABLE ext.stock IS 'live stock';
CREATE FOREIGN TABLE ext.old_orders (id integer, placed date) SERVER warehouse;
CREATE VIEW ext.old_order_days AS SELECT placed FROM ext.old_orders;
CREATE FOREIGN TABLE ext.gone (id integer) SERVER archive;
