SELECT (SELECT string_agg(name || age, ',') FROM people) = 'ann30'
   AND (SELECT string_agg(name || age, ',') FROM staff) = 'cy40'
