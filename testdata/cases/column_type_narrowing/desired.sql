-- narrows bigint->integer, text->varchar(8), double precision->real (data fits)
CREATE TABLE readings (id integer PRIMARY KEY, sensor varchar(8) NOT NULL, value real);
