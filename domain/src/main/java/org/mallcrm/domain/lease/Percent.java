package org.mallcrm.domain.lease;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact percentage such as {@code 5} or {@code 33.33}. Held normalised (no trailing zeros), so equal
 * percentages are equal records whatever their written scale.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        Objects.requireNonNull(value, "percent");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a percentage cannot be negative: " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /** Parses a plain decimal ("5", "33.33"); no exponent, no '%' sign. */
    public static Percent parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("percentage is missing");
        }
        String s = text.strip();
        if (!s.matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("percentage '" + text + "' is not a plain number");
        }
        return new Percent(new BigDecimal(s));
    }

    public static Percent of(long whole) {
        return new Percent(BigDecimal.valueOf(whole));
    }

    /** The exact fraction: 5 % is 0.05. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    public Percent plus(Percent other) {
        return new Percent(value.add(other.value));
    }

    @Override
    public int compareTo(Percent o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
