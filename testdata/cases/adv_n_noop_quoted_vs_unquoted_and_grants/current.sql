CREATE SCHEMA "sales";
CREATE TABLE "sales"."orders" ("id" integer PRIMARY KEY, "total" numeric);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "sales"."orders" TO "dl_adv_ro";
GRANT USAGE ON SCHEMA "sales" TO "dl_adv_ro";
COMMENT ON COLUMN "sales"."orders"."total" IS 'sum';
