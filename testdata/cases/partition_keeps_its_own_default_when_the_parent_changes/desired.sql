-- The parent's default and NOT NULL change; the EU partition keeps its
-- own default and its own NOT NULL, the US one follows the parent, and a
-- new partition takes the parent's new default.
CREATE TABLE tickets (
    region text NOT NULL,
    status text DEFAULT 'new',
    note text
) PARTITION BY LIST (region);
CREATE TABLE tickets_eu PARTITION OF tickets (status DEFAULT 'nouveau', note NOT NULL) FOR VALUES IN ('eu');
CREATE TABLE tickets_us PARTITION OF tickets FOR VALUES IN ('us');
CREATE TABLE tickets_ap PARTITION OF tickets FOR VALUES IN ('ap');
