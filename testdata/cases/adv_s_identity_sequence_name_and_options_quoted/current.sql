CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Invoice" ("No" bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "Billing"."Invoice Numbers" START 1000), total numeric);
INSERT INTO "Billing"."Invoice" (total) VALUES (1);
