CREATE TABLE shapes (id int PRIMARY KEY, w int, h int, area int GENERATED ALWAYS AS (w * h) VIRTUAL);
COMMENT ON COLUMN shapes.area IS 'width times height';
