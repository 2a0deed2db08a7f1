CREATE COLLATION tailored (provider = icu, locale = 'und');
