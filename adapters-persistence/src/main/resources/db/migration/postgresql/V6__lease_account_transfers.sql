-- Money moved onto a lease's account other than by its receipts (offsets: earnest money on signing, the security
-- deposit at exit, a relocation's carry-over) and off it other than to its charges (credit refunded or kept for
-- damages at exit, paid-ahead money a relocation carried to the new lease). With the receipts, the postings and the
-- credit they close the account's books: receipts + offsets_in = postings + credit + refunded + to_damages + carried_out.

ALTER TABLE lease ADD COLUMN offsets_in_fen  bigint NOT NULL DEFAULT 0 CHECK (offsets_in_fen >= 0);
ALTER TABLE lease ADD COLUMN refunded_fen    bigint NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0);
ALTER TABLE lease ADD COLUMN to_damages_fen  bigint NOT NULL DEFAULT 0 CHECK (to_damages_fen >= 0);
ALTER TABLE lease ADD COLUMN carried_out_fen bigint NOT NULL DEFAULT 0 CHECK (carried_out_fen >= 0);

-- leases stored before: what closes their books came in by offsets or, when it is the other way, left by a
-- relocation
UPDATE lease SET offsets_in_fen = GREATEST(0,
        (SELECT coalesce(sum(p.amount_fen), 0) FROM posting p WHERE p.lease_id = lease.id) + credit_fen
        - (SELECT coalesce(sum(r.amount_fen), 0) FROM receipt r WHERE r.lease_id = lease.id)),
    carried_out_fen = GREATEST(0,
        (SELECT coalesce(sum(r.amount_fen), 0) FROM receipt r WHERE r.lease_id = lease.id)
        - (SELECT coalesce(sum(p.amount_fen), 0) FROM posting p WHERE p.lease_id = lease.id) - credit_fen);
