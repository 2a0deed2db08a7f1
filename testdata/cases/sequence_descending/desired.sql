-- creates descending sequences (negative increment changes the implicit min/max/start)
CREATE SEQUENCE countdown INCREMENT BY -1;
CREATE SEQUENCE countdown_small AS smallint INCREMENT BY -2 MINVALUE -1000 MAXVALUE -1 START -1;
