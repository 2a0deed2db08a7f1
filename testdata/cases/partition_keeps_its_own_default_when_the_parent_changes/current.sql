CREATE TABLE tickets (
    region text NOT NULL,
    status text DEFAULT 'open',
    note text NOT NULL
) PARTITION BY LIST (region);
CREATE TABLE tickets_eu PARTITION OF tickets (status DEFAULT 'nouveau') FOR VALUES IN ('eu');
CREATE TABLE tickets_us PARTITION OF tickets FOR VALUES IN ('us');
INSERT INTO tickets VALUES ('eu', DEFAULT, 'n'), ('us', DEFAULT, 'n');
