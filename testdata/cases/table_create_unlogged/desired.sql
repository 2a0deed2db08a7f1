-- creates an unlogged table from scratch
CREATE UNLOGGED TABLE hits (page text NOT NULL, at timestamptz NOT NULL DEFAULT now());
