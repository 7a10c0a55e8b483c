package org.mallcrm.domain.stall;

import java.util.regex.Pattern;

/** A stall's number (档口号) such as {@code 2F-A-015}: letters, digits, '-', '_' and '.', up to 40 characters. */
public record StallNo(String value) implements Comparable<StallNo> {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public StallNo {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("stall number is missing");
        }
        value = value.strip();
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("stall number '" + value
                    + "' must be letters, digits, '-', '_' or '.', at most 40, starting with a letter or digit");
        }
    }

    public static StallNo of(String value) {
        return new StallNo(value);
    }

    @Override
    public int compareTo(StallNo o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
