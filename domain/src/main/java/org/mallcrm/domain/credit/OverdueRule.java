package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Identifiers;

/**
 * The optional automatic behaviour record for an installment overdue by more than {@code daysOverdue} days
 * (default off; 30 days; type {@code OVERDUE_RENT}). When on, each installment yields at most one record: its
 * source key is derived from the lease number and the installment's sequence, and its day is the first day it
 * is more than {@code daysOverdue} days overdue, so running the check again (any day, any number of times)
 * finds the record already there.
 */
public record OverdueRule(boolean enabled, int daysOverdue, String behaviourCode) {

    public OverdueRule {
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("days overdue cannot be negative");
        }
        behaviourCode = Identifiers.require(behaviourCode, "behaviour type code");
    }

    public static OverdueRule off() {
        return new OverdueRule(false, 30, "OVERDUE_RENT");
    }

    public static OverdueRule after(int daysOverdue, String behaviourCode) {
        return new OverdueRule(true, daysOverdue, behaviourCode);
    }

    /** The key that identifies the automatic record of one installment. */
    public static String sourceKey(OverdueInstallment installment) {
        return "OVERDUE:" + installment.lease().value() + "#" + installment.seq();
    }

    /**
     * The behaviour to record for an installment still unpaid as of {@code asOf}, or empty when the rule is off
     * or the installment is not yet more than {@code daysOverdue} days overdue. The caller passes only unpaid
     * installments and records what this returns with {@link MerchantCredit#record}; a second run is reported
     * as a duplicate there.
     *
     * @throws IllegalStateException when the catalogue has no type with the rule's code (a misconfiguration)
     */
    public Optional<NewBehaviour> behaviourFor(OverdueInstallment installment, BehaviourCatalogue catalogue,
            BehaviourRecordId id, LocalDate asOf) {
        Objects.requireNonNull(installment, "installment");
        Objects.requireNonNull(asOf, "asOf");
        if (!enabled) {
            return Optional.empty();
        }
        LocalDate day = installment.dueOn().plusDays(daysOverdue + 1L);
        if (day.isAfter(asOf)) {
            return Optional.empty();
        }
        BehaviourType type = catalogue.find(behaviourCode).orElseThrow(() -> new IllegalStateException(
                "the overdue rule names behaviour type " + behaviourCode + ", which the catalogue lacks"));
        String note = "installment " + installment.lease() + " #" + installment.seq() + " due " + installment.dueOn()
                + " more than " + daysOverdue + " days overdue";
        return Optional.of(new NewBehaviour(id, type, installment.stall(), day, note, note, sourceKey(installment)));
    }
}
