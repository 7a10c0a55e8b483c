-- How a lease ended before its term ran out, which decides what its plan still bills (LeaseEnding): EXIT bills the
-- installments due by the exit day in full, RELOCATION the days used up to the old lease's last day. NULL while the
-- lease runs to its term.
ALTER TABLE lease ADD COLUMN ended_by TEXT CHECK (ended_by IN ('EXIT', 'RELOCATION'));

-- leases ended before: by the exit request settled on them, else by a relocation (the only two ways a lease ends)
UPDATE lease SET ended_by = CASE WHEN EXISTS (SELECT 1 FROM exit_request e WHERE e.mall_id = lease.mall_id
        AND e.lease_no = lease.lease_no AND e.status = 'SETTLED') THEN 'EXIT' ELSE 'RELOCATION' END
    WHERE terminated_on IS NOT NULL;

-- an exit settled before left principal paid ahead on installments due after the exit day, which the lease no longer
-- bills: it is held for the merchant as the lease's credit (the books still close), the postings taken off
UPDATE lease SET credit_fen = credit_fen + (SELECT coalesce(sum(p.amount_fen), 0) FROM posting p
        JOIN installment i ON i.lease_id = p.lease_id AND i.seq = p.seq
        WHERE p.lease_id = lease.id AND p.kind <> 'LATE_FEE' AND i.due_on > lease.terminated_on)
    WHERE ended_by = 'EXIT';
DELETE FROM posting WHERE kind <> 'LATE_FEE' AND EXISTS (SELECT 1 FROM lease l
        JOIN installment i ON i.lease_id = l.id
        WHERE l.id = posting.lease_id AND l.ended_by = 'EXIT' AND i.seq = posting.seq AND i.due_on > l.terminated_on);
-- postings are numbered 0…n-1 per lease: number the rest again, in their order
UPDATE posting SET position = -1 - position WHERE lease_id IN (SELECT id FROM lease WHERE ended_by = 'EXIT');
UPDATE posting SET position = r.rn FROM (SELECT lease_id AS lid, position AS pos,
        row_number() OVER (PARTITION BY lease_id ORDER BY position DESC) - 1 AS rn FROM posting WHERE position < 0) r
    WHERE posting.lease_id = r.lid AND posting.position = r.pos;
