-- changes only the body of a plpgsql function (CREATE OR REPLACE)
CREATE FUNCTION classify(n integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF n < 0 THEN
        RETURN 'negative';
    ELSIF n = 0 THEN
        RETURN 'zero';
    END IF;
    RETURN 'positive';
END;
$$;
