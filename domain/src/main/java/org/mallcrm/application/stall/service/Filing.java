package org.mallcrm.application.stall.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallDocument;
import org.mallcrm.domain.stall.StallNumbers;
import org.mallcrm.domain.stall.StallRequest;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.domain.time.MallTime;

/**
 * What the three reshape services share: numbering a document ({@code SPL-2026-0001}, {@code MRG-…},
 * {@code CHG-…}, by the year it is filed in the mall's time zone), its trail, the numbers in use, and the
 * lease check the stall status cannot make.
 */
final class Filing {

    private Filing() {
    }

    static String prefix(StallDocument.Kind kind) {
        return switch (kind) {
            case SPLIT -> "SPL";
            case MERGE -> "MRG";
            case CHANGE -> "CHG";
        };
    }

    /** The trail of a new document of {@code kind}: numbered next in its year, asked and approved now. */
    static StallRequest request(StallDocument.Kind kind, Approval approval, StallDocuments documents, Clock clock) {
        // documents show their instants to the second
        Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, MallTime.ZONE);
        String prefix = prefix(kind) + "-" + today.getYear() + "-";
        String no = prefix + String.format("%04d", documents.countNumbered(prefix) + 1);
        return new StallRequest(no, approval.requestedBy(), now, approval.approvedBy(), now,
                approval.effectiveOn().orElse(today));
    }

    /** Numbers in use, retired ones included, as the stall store has them. */
    static StallNumbers numbers(Stalls stalls) {
        return no -> stalls.find(no).map(Stall::status);
    }

    /**
     * A parent held by a lease on or after the effective date is not vacant for a reshape, whatever its status;
     * the first one found, as a refusal.
     */
    static Optional<ReshapeRefusal> leased(List<Stall> parents, LocalDate effectiveOn, StallLeases leases) {
        for (Stall s : parents) {
            Optional<LeaseNo> lease = leases.leaseOnOrAfter(s.no(), effectiveOn);
            if (lease.isPresent()) {
                return Optional.of(new ReshapeRefusal(ReshapeRefusal.Reason.NOT_VACANT, List.of(s.no()),
                        Optional.of(StallStatus.LEASED), s.no() + " is held by lease " + lease.get()
                                + " on or after " + effectiveOn
                                + ": a leased stall is reshaped by a lease amendment"));
            }
        }
        return Optional.empty();
    }
}
