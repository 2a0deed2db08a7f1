-- varchar / char / bit varying written in short form
CREATE TABLE t (a varchar(20), b varchar, c char(5), d char, e varbit(4), f varchar(20)[]);
