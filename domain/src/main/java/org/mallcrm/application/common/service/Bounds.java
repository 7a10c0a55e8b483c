package org.mallcrm.application.common.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.money.Money;

/**
 * The documented {@link Limits} checked on a command's fields before a use case does anything, each bad field
 * named: {@code Bounds.check().amount("amount", a).date("on", d).outcome()} is null when all are within bounds.
 */
public final class Bounds {

    private final List<RowError> errors = new ArrayList<>();

    private Bounds() {
    }

    public static Bounds check() {
        return new Bounds();
    }

    /** An amount of money, when given: 0.00 through {@link Limits#MAX_AMOUNT}. */
    public Bounds amount(String field, Money value) {
        return test(field, value, () -> Limits.amount(value, field));
    }

    /** A price per m², when given: 0.00 through {@link Limits#MAX_PRICE_PER_M2}. */
    public Bounds pricePerM2(String field, Money value) {
        return test(field, value, () -> Limits.pricePerM2(value, field));
    }

    /** A date, when given: within {@link Limits#EARLIEST_DATE}..{@link Limits#LATEST_DATE}. */
    public Bounds date(String field, LocalDate value) {
        return test(field, value, () -> Limits.date(value, field));
    }

    /** A whole number, when given: within {@code min..max}. */
    public Bounds count(String field, Integer value, int min, int max) {
        return test(field, value, () -> Limits.count(value, min, max, field));
    }

    private Bounds test(String field, Object value, Runnable check) {
        if (value == null) {
            return this;
        }
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, field, String.valueOf(value), e.getMessage()));
        }
        return this;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    /** The bad input outcome naming every field out of bounds, or null when all are within them. */
    public <T> Outcome<T> outcome() {
        return errors.isEmpty() ? null : new Outcome.Invalid<>(errors);
    }
}
