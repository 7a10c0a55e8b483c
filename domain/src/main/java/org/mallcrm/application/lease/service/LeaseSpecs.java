package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.InvalidLeaseTermsException;
import org.mallcrm.domain.lease.LeaseAmendment;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.lease.ProrationBasis;
import org.mallcrm.domain.lease.RentFreePeriod;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;

/**
 * Turns a lease spec into lease terms, and an amendment spec into an amendment, reporting every bad field by its
 * JSON name. Leaves nothing to chance: unknown enum values, amounts finer than a fen and dates that are not ISO
 * days are errors, not defaults.
 */
public final class LeaseSpecs {

    private LeaseSpecs() {
    }

    /** The stall numbers of a spec, or an error. */
    public static List<StallNo> stallNos(LeaseSpec spec, int line, List<RowError> errors) {
        List<StallNo> nos = new ArrayList<>();
        if (spec.stallNos() == null) {
            return nos;
        }
        for (String s : spec.stallNos()) {
            try {
                nos.add(StallNo.of(s));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, "stall_nos", s == null ? "" : s, e.getMessage()));
            }
        }
        return nos;
    }

    /**
     * Builds the terms; {@code stalls} are the stored stalls named by the spec (for the default leasable area).
     * Returns null and adds errors when anything is wrong.
     */
    public static LeaseTerms terms(LeaseSpec spec, List<Stall> stalls, SchedulePolicy policy, int line,
            List<RowError> errors) {
        int before = errors.size();
        LeaseTerms.Builder b = LeaseTerms.builder(policy);
        set(errors, line, "lease_no", spec.leaseNo(), true, v -> b.leaseNo(LeaseNo.of(v)));
        set(errors, line, "merchant_no", spec.merchantNo(), true, v -> b.merchantNo(MerchantNo.of(v)));
        List<StallNo> nos = stallNos(spec, line, errors);
        if (nos.isEmpty() && errors.size() == before) {
            errors.add(new RowError(line, "stall_nos", "", "name at least one stall"));
        }
        b.stallNos(nos);
        set(errors, line, "kind", spec.kind(), false, v -> b.kind(enumValue(LeaseKind.class, v)));
        set(errors, line, "start", spec.start(), true, v -> b.start(date(v)));
        set(errors, line, "end", spec.end(), true, v -> b.end(date(v)));
        if (blank(spec.leasableAreaM2())) {
            if (!stalls.isEmpty()) {
                b.leasableAreaOf(stalls);
            }
        } else {
            set(errors, line, "leasable_area_m2", spec.leasableAreaM2(), true, v -> b.leasableAreaM2(Area.parse(v)));
        }
        if (!blank(spec.rentPerM2Day())) {
            set(errors, line, "rent_per_m2_day", spec.rentPerM2Day(), true, v -> b.rentPerM2Day(money(v)));
            if (!blank(spec.rentPerM2Month())) {
                errors.add(new RowError(line, "rent_per_m2_month", spec.rentPerM2Month(),
                        "give either rent_per_m2_month or rent_per_m2_day, not both"));
            }
        } else {
            set(errors, line, "rent_per_m2_month", spec.rentPerM2Month(), true, v -> b.rentPerM2Month(money(v)));
        }
        set(errors, line, "billing", spec.billing(), true, v -> b.billing(enumValue(Billing.class, v)));
        if (spec.advanceDays() != null) {
            if (spec.advanceDays() < 0) {
                errors.add(new RowError(line, "advance_days", spec.advanceDays().toString(), "cannot be negative"));
            } else {
                b.advanceDays(spec.advanceDays());
            }
        }
        if (spec.rentFree() != null) {
            List<RentFreePeriod> free = new ArrayList<>();
            for (LeaseSpec.RentFree f : spec.rentFree()) {
                if (f == null) {
                    errors.add(new RowError(line, "rent_free", "null", "each range is {from, to}"));
                    continue;
                }
                try {
                    free.add(RentFreePeriod.of(date(f.from()), date(f.to())));
                } catch (RuntimeException e) {
                    errors.add(new RowError(line, "rent_free", f.from() + ".." + f.to(), reason(e)));
                }
            }
            b.rentFree(free);
        }
        if (spec.escalation() != null) {
            LeaseSpec.EscalationSpec e = spec.escalation();
            try {
                if (e.everyMonths() == null) {
                    throw new IllegalArgumentException("every_months is missing");
                }
                EscalationAnchor anchor = blank(e.anchor()) ? null : enumValue(EscalationAnchor.class, e.anchor());
                if (!blank(e.stepPerM2())) {
                    b.escalation(Escalation.fixedStep(money(e.stepPerM2()), e.everyMonths(),
                            anchor == null ? policy.defaultEscalationAnchor() : anchor));
                } else {
                    if (blank(e.percent())) {
                        throw new IllegalArgumentException("percent (or step_per_m2) is missing");
                    }
                    b.escalation(Percent.parse(e.percent()), e.everyMonths(), anchor, e.compound());
                }
            } catch (RuntimeException ex) {
                errors.add(new RowError(line, "escalation", String.valueOf(e.percent()), reason(ex)));
            }
        }
        set(errors, line, "proration", spec.proration(), false, v -> b.proration(enumValue(ProrationBasis.class, v)));
        set(errors, line, "management_fee_per_m2_month", spec.managementFeePerM2Month(), false,
                v -> b.managementFeePerM2Month(money(v)));
        set(errors, line, "security_deposit", spec.securityDeposit(), false, v -> b.securityDeposit(money(v)));
        if (spec.ratios() != null && !spec.ratios().isEmpty()) {
            List<Percent> ratios = new ArrayList<>();
            for (String r : spec.ratios()) {
                try {
                    ratios.add(Percent.parse(r));
                } catch (RuntimeException e) {
                    errors.add(new RowError(line, "ratios", String.valueOf(r), reason(e)));
                }
            }
            b.ratios(ratios);
        }
        set(errors, line, "signing_date", spec.signingDate(), false, v -> b.signingDate(date(v)));
        set(errors, line, "rent_start_date", spec.rentStartDate(), false, v -> b.rentStartDate(date(v)));
        if (errors.size() > before) {
            return null;
        }
        try {
            return b.build();
        } catch (InvalidLeaseTermsException e) {
            errors.add(new RowError(line, e.field(), "", e.reason()));
        } catch (RuntimeException e) {
            errors.add(new RowError(line, "", "", reason(e)));
        }
        return null;
    }

    /** Builds an amendment, or returns null and adds errors. */
    public static LeaseAmendment amendment(AmendmentSpec spec, List<RowError> errors) {
        int before = errors.size();
        LocalDate effective = null;
        try {
            effective = date(spec.effectiveOn());
        } catch (RuntimeException e) {
            errors.add(new RowError(0, "effective_on", String.valueOf(spec.effectiveOn()), reason(e)));
        }
        List<LeaseAmendment.Change> changes = new ArrayList<>();
        if (spec.changes() == null || spec.changes().isEmpty()) {
            errors.add(new RowError(0, "changes", "", "an amendment changes something"));
        } else {
            for (int i = 0; i < spec.changes().size(); i++) {
                AmendmentSpec.Change c = spec.changes().get(i);
                String field = "changes[" + i + "]";
                Optional<LeaseAmendment.Change> change = change(c, field, errors);
                change.ifPresent(changes::add);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new LeaseAmendment(spec.amendmentNo(), effective, changes, spec.note());
    }

    /**
     * One change of an amendment, each of its faults named on its own field ({@code changes[i].type}, {@code .months},
     * {@code .from}, {@code .rent_per_m2}) with the value given; empty when it has any.
     */
    private static Optional<LeaseAmendment.Change> change(AmendmentSpec.Change c, String field,
            List<RowError> errors) {
        String type = c == null || c.type() == null ? "" : c.type().strip().toUpperCase(Locale.ROOT);
        if (!List.of("FREE_EXTENSION", "RENT_FREE_MONTHS", "PRICE_CHANGE").contains(type)) {
            errors.add(new RowError(0, field + ".type", c == null || c.type() == null ? "" : c.type(),
                    "type must be FREE_EXTENSION, RENT_FREE_MONTHS or PRICE_CHANGE"));
            return Optional.empty();
        }
        int before = errors.size();
        // a count of months is named on its own field, with its bound, for either change that has one
        Integer months = type.equals("PRICE_CHANGE") ? null : months(c, field + ".months", errors);
        LocalDate from = null;
        if (!type.equals("FREE_EXTENSION")) {
            try {
                from = date(c.from());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(0, field + ".from", c.from() == null ? "" : c.from(), e.getMessage()));
            }
        }
        Money rent = null;
        if (type.equals("PRICE_CHANGE")) {
            if (blank(c.rentPerM2())) {
                errors.add(new RowError(0, field + ".rent_per_m2", "", "required value is missing"));
            } else {
                try {
                    rent = Limits.pricePerM2(money(c.rentPerM2()), "the rent per m²");
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(0, field + ".rent_per_m2", c.rentPerM2(), e.getMessage()));
                }
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (type) {
                case "FREE_EXTENSION" -> new LeaseAmendment.FreeExtension(months);
                case "RENT_FREE_MONTHS" -> new LeaseAmendment.RentFreeMonths(from, months);
                default -> new LeaseAmendment.ChangePrice(from, rent);
            });
        } catch (RuntimeException e) {
            errors.add(new RowError(0, field, c.type(), reason(e)));
            return Optional.empty();
        }
    }

    /**
     * The months of a free extension or rent-free period: 1 to {@link Limits#MAX_MONTHS}; otherwise null, with the
     * error on {@code field}.
     */
    private static Integer months(AmendmentSpec.Change c, String field, List<RowError> errors) {
        if (c.months() == null) {
            errors.add(new RowError(0, field, "", "required value is missing (1 to " + Limits.MAX_MONTHS + ")"));
            return null;
        }
        try {
            return Limits.count(c.months(), 1, Limits.MAX_MONTHS, "months");
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, field, c.months().toString(), e.getMessage()));
            return null;
        }
    }

    interface Setter {
        void set(String value);
    }

    private static void set(List<RowError> errors, int line, String field, String value, boolean required,
            Setter setter) {
        if (blank(value)) {
            if (required) {
                errors.add(new RowError(line, field, "", "required value is missing"));
            }
            return;
        }
        try {
            setter.set(value.strip());
        } catch (RuntimeException e) {
            errors.add(new RowError(line, field, value, reason(e)));
        }
    }

    /** A reason a person can act on: a value left out is said as missing, never in the JVM's words. */
    private static String reason(RuntimeException e) {
        if (e instanceof InvalidLeaseTermsException i) {
            return i.reason();
        }
        return e instanceof NullPointerException ? "required value is missing" : String.valueOf(e.getMessage());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static LocalDate date(String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("date is missing");
        }
        String t = v.strip();
        try {
            LocalDate d = t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : null;
            if (d != null && !d.isBefore(Limits.EARLIEST_DATE) && !d.isAfter(Limits.LATEST_DATE)) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t)
                + "' is not a date YYYY-MM-DD between " + Limits.EARLIEST_DATE + " and " + Limits.LATEST_DATE);
    }

    public static Money money(String v) {
        if (blank(v)) {
            throw new IllegalArgumentException("amount is missing");
        }
        Money m = Money.parse(v.strip());
        if (m.isNegative()) {
            throw new IllegalArgumentException("cannot be negative");
        }
        return m;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String v) {
        try {
            return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + v + "' must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
