package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * A closed subsidy statement: its lines and adjustments as they were at closing, when, and how it is settled
 * (paid out, or offset on rent: then the lease and receipt it went to).
 */
public record ClosedSubsidyStatement(MerchantNo merchant, YearMonth month, List<SubsidyLine> lines,
        List<SubsidyAdjustment> adjustments, Instant closedAt, SettlementMethod method, Optional<RentOffset> offset)
        implements SubsidyStatement {

    public ClosedSubsidyStatement {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(method, "method");
        offset = offset == null ? Optional.empty() : offset;
        if (offset.isPresent() && method != SettlementMethod.OFFSET_RENT) {
            throw new IllegalArgumentException("only a statement settled by OFFSET_RENT has a rent offset");
        }
    }

    @Override
    public StatementStatus status() {
        return StatementStatus.CLOSED;
    }
}
