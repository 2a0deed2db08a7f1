-- adds columns whose types carry modifiers (varchar(n), numeric(p,s), timestamp(p), bit(n), interval fields)
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    label varchar(32),
    code char(4),
    value numeric(8,3),
    taken_at timestamp(3) without time zone,
    taken_at_tz timestamp(6) with time zone,
    flags bit(8) DEFAULT B'00000000',
    mask varbit(12),
    duration interval hour to minute,
    t time(0)
);
