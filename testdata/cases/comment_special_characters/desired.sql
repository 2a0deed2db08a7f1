-- comments containing quotes, backslashes, newlines, unicode and dollar signs on quoted identifiers
CREATE TABLE "Odd Table" ("Odd Column" text);
COMMENT ON TABLE "Odd Table" IS 'it''s "odd" \ not $$ evil $1 — ünïcødé ✓';
COMMENT ON COLUMN "Odd Table"."Odd Column" IS E'line one\nline two\ttabbed';
