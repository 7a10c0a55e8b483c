package org.mallcrm.application.lease.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.out.LeaseRecord;
import org.mallcrm.domain.lease.AmendmentReport;
import org.mallcrm.domain.lease.LeaseNo;

/**
 * Signing and amending leases. Signing checks the merchant (a blacklisted one is refused), the stalls (vacant, or
 * reserved by the same merchant's earnest money, which it consumes), and that no other lease holds them in that
 * time; it generates the plan, moves the stalls to LEASED and the merchant to SIGNED.
 */
public interface LeaseUseCases {

    /** {@code leases create --spec}: a lease that exists with the same terms is returned unchanged. */
    Outcome<LeaseRecord> create(LeaseSpec spec);

    /** {@code import leases FILE.jsonl}: every line signed, or none. */
    ImportOutcome importLeases(List<SpecLine> lines, ImportOptions options);

    /** {@code leases amend}: a new version; issued or paid installments are kept, the rest regenerated. */
    Outcome<Amended> amend(LeaseNo leaseNo, AmendmentSpec spec);

    /** One line of a JSON Lines file: its spec, or why it could not be read as one. */
    record SpecLine(int line, LeaseSpec spec, String unreadable) {
    }

    record Amended(LeaseRecord lease, AmendmentReport report) {
    }
}
