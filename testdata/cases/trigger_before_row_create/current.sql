-- a table and a trigger function, no trigger yet
CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
