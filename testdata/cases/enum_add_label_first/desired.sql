-- inserts a new label in front of the first one
CREATE TYPE size AS ENUM ('xs', 's', 'm', 'l');
