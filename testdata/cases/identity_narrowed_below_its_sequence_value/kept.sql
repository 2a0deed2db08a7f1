SELECT string_agg(id || label, ',') = '7a' FROM tags
