-- creates a range type over integer with only a subtype (its multirange intspan_multirange comes with it)
CREATE TYPE intspan AS RANGE (subtype = integer);
