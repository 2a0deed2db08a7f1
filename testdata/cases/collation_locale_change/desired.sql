-- the collation's locale changes to sv-SE: collations cannot be altered, it is recreated while the column keeps its rows
CREATE COLLATION local_order (provider = icu, locale = 'sv-SE');
CREATE TABLE names (id integer PRIMARY KEY, n text COLLATE local_order);
