CREATE DOMAIN public.amount AS numeric
    CONSTRAINT amount_positive CHECK (VALUE > 0)
    CONSTRAINT amount_bounded CHECK (VALUE < 10000000)
    CONSTRAINT amount_not_thirteen CHECK (VALUE <> 13)
    CONSTRAINT amount_cents CHECK (VALUE = round(VALUE, 2));
COMMENT ON CONSTRAINT amount_positive ON DOMAIN public.amount IS 'strictly positive';
COMMENT ON CONSTRAINT amount_bounded ON DOMAIN public.amount IS 'sanity bound';
COMMENT ON CONSTRAINT amount_not_thirteen ON DOMAIN public.amount IS 'unlucky';
COMMENT ON CONSTRAINT amount_cents ON DOMAIN public.amount IS 'two decimals';

-- A new base type rebuilds the domain: its check's comment comes along.
CREATE DOMAIN public.code AS text CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON CONSTRAINT code_upper ON DOMAIN public.code IS 'upper case only';

CREATE TABLE public.payments (id int PRIMARY KEY, amount public.amount, code public.code);
