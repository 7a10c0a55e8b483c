package org.mallcrm.domain.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.money.Money;

/**
 * A lease amendment (合同变更单 / 优惠政策): changes effective on a date, written back to the lease as a new version.
 * It never changes installments already issued (due on or before the effective date) or paid (any money on them);
 * it regenerates only the rest.
 */
public record LeaseAmendment(String amendmentNo, LocalDate effectiveOn, List<Change> changes, String note) {

    public LeaseAmendment {
        Objects.requireNonNull(effectiveOn, "effective date");
        changes = List.copyOf(changes == null ? List.of() : changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an amendment changes something");
        }
        note = note == null ? "" : note;
        amendmentNo = amendmentNo == null ? "" : amendmentNo.strip();
    }

    public static LeaseAmendment of(LocalDate effectiveOn, Change... changes) {
        return new LeaseAmendment("", effectiveOn, List.of(changes), "");
    }

    /** One change an amendment makes. */
    public sealed interface Change permits RentFreeMonths, FreeExtension, ChangePrice {
    }

    /** {@code months} rent-free months from {@code from} (anchored: to {@code from.plusMonths(months) − 1}). */
    public record RentFreeMonths(LocalDate from, int months) implements Change {
        public RentFreeMonths {
            Objects.requireNonNull(from, "from");
            if (months < 1 || months > Limits.MAX_MONTHS) {
                throw new IllegalArgumentException("rent-free months must be 1 to " + Limits.MAX_MONTHS);
            }
        }
    }

    /** A free extension (免费延期): the end moves {@code months} months later; the added days bill 0.00. */
    public record FreeExtension(int months) implements Change {
        public FreeExtension {
            if (months < 1 || months > Limits.MAX_MONTHS) {
                throw new IllegalArgumentException("a free extension is 1 to " + Limits.MAX_MONTHS + " months");
            }
        }
    }

    /** A new price per m² (in the lease's rent unit) from {@code from} on. */
    public record ChangePrice(LocalDate from, Money rentPerM2) implements Change {
        public ChangePrice {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rentPerM2, "rentPerM2");
        }
    }
}
