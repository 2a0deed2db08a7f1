CREATE TABLE IF NOT EXISTS parent (id int PRIMARY KEY, code text NOT NULL UNIQUE);
COMMENT ON TABLE parent IS NULL;
CREATE TABLE child (
  id int primary key,
  parent_id int references parent,
  qty int check (qty > 0),
  price numeric,
  check (price is null or price >= 0)
);
COMMENT ON TABLE child IS 'kids';
create index child_parent on child (parent_id);
