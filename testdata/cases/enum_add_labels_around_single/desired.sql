-- adds labels before and after the only existing one (ADD VALUE BEFORE / AFTER)
CREATE TYPE size AS ENUM ('xs', 's', 'm', 'l', 'xl');
CREATE TABLE shirts (id integer PRIMARY KEY, sz size);
