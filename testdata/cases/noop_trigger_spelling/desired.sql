-- NO-OP: same trigger with EXECUTE PROCEDURE, FOR ROW, events in the other order, lower case and extra parentheses
CREATE TABLE t (id integer PRIMARY KEY, v text, changed_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END;
$$;
create trigger T_TOUCH before update or insert on public.T for row when ((new.V is not null)) execute procedure public.touch();
