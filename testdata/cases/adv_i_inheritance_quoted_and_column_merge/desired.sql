CREATE TABLE "Base" ("Id" bigint NOT NULL, created timestamptz DEFAULT now(), "Flag" boolean DEFAULT false, CHECK ("Id" > 0));
CREATE TABLE "Other" (note text);
CREATE TABLE "Child A" (extra text, "Id" bigint NOT NULL) INHERITS ("Base", "Other");
