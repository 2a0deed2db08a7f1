SELECT (SELECT string_agg(no || ':' || price || ':' || (at).lon || ':' || state, ',' ORDER BY no) FROM tickets) = '1:5:1:open,2:7:3:closed'
   AND (SELECT note FROM archive.closed_tickets) = 'kept'
   AND (SELECT n FROM ticket_counts) = 2
   AND nextval('ticket_number') = 101
