-- Comments on a domain's checks: kept, changed, dropped, carried by a
-- rename, set again on a check that is added again.
CREATE DOMAIN public.amount AS numeric
    CONSTRAINT amount_positive CHECK (VALUE > 0)
    CONSTRAINT amount_bounded CHECK (VALUE < 1000000)
    CONSTRAINT amount_old_name CHECK (VALUE <> 13);
COMMENT ON CONSTRAINT amount_positive ON DOMAIN public.amount IS 'no refunds here';
COMMENT ON CONSTRAINT amount_bounded ON DOMAIN public.amount IS 'sanity bound';
COMMENT ON CONSTRAINT amount_old_name ON DOMAIN public.amount IS 'unlucky';

CREATE DOMAIN public.code AS varchar(10) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON CONSTRAINT code_upper ON DOMAIN public.code IS 'upper case only';

CREATE TABLE public.payments (id int PRIMARY KEY, amount public.amount, code public.code);
INSERT INTO public.payments VALUES (1, 10, 'AB');
