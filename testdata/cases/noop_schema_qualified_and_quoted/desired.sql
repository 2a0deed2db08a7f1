-- NO-OP: the same objects written with public. qualification and double-quoted lower-case names
CREATE TYPE public."kind" AS ENUM ('a', 'b');
CREATE TABLE public."things" ("id" integer PRIMARY KEY, "k" public.kind DEFAULT 'a'::public.kind);
CREATE INDEX "things_k_idx" ON "public"."things" ("k");
