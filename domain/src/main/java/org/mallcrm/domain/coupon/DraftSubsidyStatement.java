package org.mallcrm.domain.coupon;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.merchant.MerchantNo;

/** A subsidy statement still open: computed from the redemptions as they stand. */
public record DraftSubsidyStatement(MerchantNo merchant, YearMonth month, List<SubsidyLine> lines,
        List<SubsidyAdjustment> adjustments) implements SubsidyStatement {

    public DraftSubsidyStatement {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(month, "month");
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        for (SubsidyAdjustment a : adjustments) {
            if (!a.merchant().equals(merchant) || !a.postedMonth().equals(month)) {
                throw new IllegalArgumentException("adjustment of " + a.redemption() + " is not posted on " + merchant
                        + " " + month);
            }
        }
    }

    /**
     * The draft of a merchant's month from its redemptions: those of the merchant made in the month and not
     * reversed become lines, in time order; the adjustments posted on the month are added.
     */
    public static DraftSubsidyStatement of(MerchantNo merchant, YearMonth month, Collection<Redemption> redemptions,
            Collection<SubsidyAdjustment> postedOnMonth) {
        List<SubsidyLine> lines = redemptions.stream()
                .filter(r -> r.merchant().equals(merchant) && r.month().equals(month) && !r.isReversed())
                .sorted(Comparator.comparing(Redemption::redeemedAt).thenComparing(Redemption::no))
                .map(SubsidyLine::of).toList();
        return new DraftSubsidyStatement(merchant, month, lines, List.copyOf(postedOnMonth));
    }

    @Override
    public StatementStatus status() {
        return StatementStatus.DRAFT;
    }

    /** Closes the statement as it stands (settled by the method given; the offset is filled in by the caller). */
    public ClosedSubsidyStatement close(Instant at, SettlementMethod method, Optional<RentOffset> offset) {
        return new ClosedSubsidyStatement(merchant, month, lines, adjustments, at, method, offset);
    }
}
