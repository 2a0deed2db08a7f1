-- A check over a varchar column whose name holds a quote: PostgreSQL
-- prints the IN list as an array cast, which the plan must spell so that
-- it reads back the same.
CREATE TABLE answers (
    id int PRIMARY KEY,
    "it's" varchar(5) CHECK ("it's" IN ('yes', 'no'))
);
