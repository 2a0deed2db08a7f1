-- sets literal defaults of several types
CREATE TABLE settings (
    id integer PRIMARY KEY,
    theme text DEFAULT 'light',
    retries integer DEFAULT 3,
    ratio real DEFAULT 0.75,
    enabled boolean DEFAULT false,
    tags text[] DEFAULT '{}',
    data jsonb DEFAULT '{"v": 1}'
);
