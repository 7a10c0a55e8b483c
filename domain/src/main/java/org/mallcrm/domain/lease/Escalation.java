package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * Rent escalation (递增): every {@code everyMonths} months counted from the anchor, the price per m² grows by
 * {@code percent} (compound or simple) or by a fixed {@code stepPerM2}. Anniversaries are anchored
 * ({@code anchor.plusMonths(k × everyMonths)}, never chained); those after the lease end are ignored.
 *
 * <p>JSON: {@code escalation{percent, every_months, anchor, compound}}; {@code compound()} is true for
 * {@link EscalationMethod#COMPOUND}. A fixed step has {@code step_per_m2} and no percent.
 *
 * @param percent   the percentage per step (zero for a fixed step)
 * @param stepPerM2 yuan per m² added per step (zero unless {@code FIXED_STEP})
 */
public record Escalation(EscalationMethod method, Percent percent, Money stepPerM2, int everyMonths,
        EscalationAnchor anchor) {

    public Escalation {
        Objects.requireNonNull(method, "escalation method");
        percent = percent == null ? Percent.ZERO : percent;
        stepPerM2 = stepPerM2 == null ? Money.ZERO : stepPerM2;
        Objects.requireNonNull(anchor, "escalation anchor");
        if (everyMonths < 1) {
            throw new IllegalArgumentException("escalation every_months must be at least 1, was " + everyMonths);
        }
        if (method == EscalationMethod.FIXED_STEP) {
            if (stepPerM2.isNegative()) {
                throw new IllegalArgumentException("escalation step cannot be negative");
            }
        } else if (!stepPerM2.isZero()) {
            throw new IllegalArgumentException("a percentage escalation has no fixed step");
        }
    }

    public static Escalation compound(Percent percent, int everyMonths, EscalationAnchor anchor) {
        return new Escalation(EscalationMethod.COMPOUND, percent, Money.ZERO, everyMonths, anchor);
    }

    public static Escalation simple(Percent percent, int everyMonths, EscalationAnchor anchor) {
        return new Escalation(EscalationMethod.SIMPLE, percent, Money.ZERO, everyMonths, anchor);
    }

    public static Escalation fixedStep(Money stepPerM2, int everyMonths, EscalationAnchor anchor) {
        return new Escalation(EscalationMethod.FIXED_STEP, Percent.ZERO, stepPerM2, everyMonths, anchor);
    }

    /**
     * From the spec's {@code escalation{percent, every_months, anchor, compound}}: compound true → compound, false →
     * simple; a null anchor or compound takes the mall's default (a fixed-step default reads as compound, since the
     * spec gives a percentage).
     */
    public static Escalation fromSpec(Percent percent, int everyMonths, EscalationAnchor anchor, Boolean compound,
            SchedulePolicy policy) {
        EscalationMethod method = compound == null
                ? (policy.defaultEscalationMethod() == EscalationMethod.SIMPLE ? EscalationMethod.SIMPLE
                        : EscalationMethod.COMPOUND)
                : compound ? EscalationMethod.COMPOUND : EscalationMethod.SIMPLE;
        return new Escalation(method, percent, Money.ZERO, everyMonths,
                anchor == null ? policy.defaultEscalationAnchor() : anchor);
    }

    /** True for compound growth (the JSON field {@code compound}). */
    public boolean compound() {
        return method == EscalationMethod.COMPOUND;
    }

    /** The anniversaries from {@code anchorDate} on or before {@code lastDay}, anchored, never chained. */
    public List<LocalDate> anniversaries(LocalDate anchorDate, LocalDate lastDay) {
        return ScheduledDates.anniversaries(anchorDate, everyMonths, lastDay);
    }

    /** The exact price after {@code steps} escalations of {@code price} (yuan per m²). */
    public BigDecimal apply(BigDecimal price, int steps) {
        if (steps == 0) {
            return price;
        }
        return switch (method) {
            case COMPOUND -> price.multiply(BigDecimal.ONE.add(percent.fraction()).pow(steps));
            case SIMPLE -> price.multiply(BigDecimal.ONE.add(percent.fraction().multiply(BigDecimal.valueOf(steps))));
            case FIXED_STEP -> price.add(stepPerM2.toBigDecimal().multiply(BigDecimal.valueOf(steps)));
        };
    }
}
