-- a plpgsql function
CREATE FUNCTION classify(n integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF n < 0 THEN
        RETURN 'negative';
    END IF;
    RETURN 'non-negative';
END;
$$;
