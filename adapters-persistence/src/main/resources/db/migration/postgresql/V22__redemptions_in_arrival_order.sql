-- SQLite's V22 stores redemptions in a row-id table in the order they arrive, their number a unique key beside it;
-- PostgreSQL keeps its rows in a heap anyway, and its key (mall_id, redemption_no) stays. On both, the spend index
-- goes: a buyer's spend is read from buyer_spend_day (V14), which the coupon store keeps in the same transaction, so
-- a redemption no longer writes an index entry that nothing reads.
DROP INDEX redemption_spend;
