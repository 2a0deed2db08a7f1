CREATE TABLE shapes (id int PRIMARY KEY, w int, h int, area int GENERATED ALWAYS AS (w * h * 2) VIRTUAL);
COMMENT ON COLUMN shapes.area IS 'twice width times height';
