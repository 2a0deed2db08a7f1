CREATE SCHEMA "Rpt";
CREATE TABLE base ("Amount" int, "Who" text);
CREATE VIEW "Rpt"."Level 1" AS SELECT "Who", sum("Amount") AS "Total" FROM base GROUP BY "Who";
CREATE VIEW public."Level 2" AS SELECT * FROM "Rpt"."Level 1" WHERE "Total" > 0;
CREATE MATERIALIZED VIEW "Rpt"."Level 3" AS SELECT count(*) AS n FROM public."Level 2";
GRANT SELECT ON "Rpt"."Level 1" TO PUBLIC;
