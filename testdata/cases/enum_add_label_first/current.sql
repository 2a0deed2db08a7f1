-- an enum whose first label will get a predecessor
CREATE TYPE size AS ENUM ('s', 'm', 'l');
