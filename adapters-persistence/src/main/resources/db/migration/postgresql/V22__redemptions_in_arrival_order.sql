-- SQLite's V22 stores redemptions in a row-id table in the order they arrive, their number a unique key beside it.
-- PostgreSQL keeps its rows in a heap anyway, with the key (mall_id, redemption_no) and the same indexes: nothing
-- changes here (the migration is here so that both vendors list the same versions).
SELECT 1;
