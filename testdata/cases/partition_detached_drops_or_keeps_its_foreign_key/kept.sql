SELECT (SELECT count(*) FROM sales_2023) = 1 AND (SELECT count(*) FROM sales_2024) = 1
