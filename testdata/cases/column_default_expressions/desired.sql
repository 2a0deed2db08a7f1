-- sets function and expression defaults (now(), arithmetic, gen_random_uuid(), current_user, to_char)
CREATE TABLE audit (
    id integer PRIMARY KEY,
    created_at timestamptz DEFAULT now(),
    due date DEFAULT (CURRENT_DATE + 7),
    token uuid DEFAULT gen_random_uuid(),
    who text DEFAULT CURRENT_USER,
    day_key text DEFAULT to_char(now(), 'YYYY-MM-DD')
);
