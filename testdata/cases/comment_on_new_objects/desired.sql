-- creates objects in a new schema together with comments on every kind of them
CREATE SCHEMA hr;
COMMENT ON SCHEMA hr IS 'human resources';
CREATE TYPE hr.contract AS ENUM ('full', 'part');
COMMENT ON TYPE hr.contract IS 'contract kind';
CREATE SEQUENCE hr.badge_seq;
COMMENT ON SEQUENCE hr.badge_seq IS 'badge numbers';
CREATE TABLE hr.staff (
    id integer PRIMARY KEY,
    badge bigint NOT NULL DEFAULT nextval('hr.badge_seq'),
    contract hr.contract NOT NULL,
    CONSTRAINT staff_badge_positive CHECK (badge > 0)
);
COMMENT ON TABLE hr.staff IS 'employees';
COMMENT ON COLUMN hr.staff.badge IS 'badge number';
COMMENT ON CONSTRAINT staff_badge_positive ON hr.staff IS 'sanity';
CREATE INDEX staff_contract_idx ON hr.staff (contract);
COMMENT ON INDEX hr.staff_contract_idx IS 'filter by contract';
