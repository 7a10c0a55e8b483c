package org.mallcrm.domain.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.LateFeeRate;
import org.mallcrm.domain.money.Money;

/** The kinds of value a setting takes; each refuses a bad text naming why. */
public final class SettingTypes {

    private SettingTypes() {
    }

    /** A whole number in {@code [min, max]}. */
    public static SettingType<Integer> integer(int min, int max) {
        return new SettingType<>() {
            @Override
            public Integer parse(String text) {
                String t = strip(text);
                long v;
                try {
                    v = Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a whole number");
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException("must be " + range(min, max));
                }
                return (int) v;
            }

            @Override
            public String format(Integer value) {
                return Integer.toString(value);
            }

            @Override
            public String describe() {
                return "integer " + range(min, max);
            }

            @Override
            public Kind kind() {
                return rangeKind(min, max);
            }
        };
    }

    /** A whole number in {@code [min, max]}, long. */
    public static SettingType<Long> longInteger(long min, long max) {
        return new SettingType<>() {
            @Override
            public Long parse(String text) {
                long v;
                try {
                    v = Long.parseLong(strip(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a whole number");
                }
                if (v < min || v > max) {
                    throw new IllegalArgumentException("must be " + range(min, max));
                }
                return v;
            }

            @Override
            public String format(Long value) {
                return Long.toString(value);
            }

            @Override
            public String describe() {
                return "integer " + range(min, max);
            }

            @Override
            public Kind kind() {
                return rangeKind(min, max);
            }
        };
    }

    /** {@code integer} from min to max, or {@code integer_min} (min or more) when there is no real maximum. */
    private static SettingType.Kind rangeKind(long min, long max) {
        return max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? SettingType.Kind.of("integer_min", min)
                : SettingType.Kind.of("integer", min, max);
    }

    private static String range(long min, long max) {
        return max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
    }

    /** {@code true} or {@code false} (also {@code on}/{@code off}, {@code yes}/{@code no}, {@code 1}/{@code 0}). */
    public static SettingType<Boolean> flag() {
        return new SettingType<>() {
            @Override
            public Boolean parse(String text) {
                return switch (strip(text).toLowerCase(Locale.ROOT)) {
                    case "true", "on", "yes", "1" -> true;
                    case "false", "off", "no", "0" -> false;
                    default -> throw new IllegalArgumentException("must be true or false");
                };
            }

            @Override
            public String format(Boolean value) {
                return value.toString();
            }

            @Override
            public String describe() {
                return "true | false";
            }

            @Override
            public Kind kind() {
                return Kind.of("flag");
            }
        };
    }

    /** One of an enum's constants by name (any case). */
    public static <E extends Enum<E>> SettingType<E> choice(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(" | "));
        return new SettingType<>() {
            @Override
            public E parse(String text) {
                String t = strip(text).toUpperCase(Locale.ROOT);
                for (E e : constants) {
                    if (e.name().equals(t)) {
                        return e;
                    }
                }
                throw new IllegalArgumentException("must be one of " + names);
            }

            @Override
            public String format(E value) {
                return value.name();
            }

            @Override
            public String describe() {
                return names;
            }

            @Override
            public Kind kind() {
                return Kind.of("choice", names);
            }
        };
    }

    /** An amount of yuan, two decimals at most, zero or more and at most {@link Limits#MAX_AMOUNT}. */
    public static SettingType<Money> money() {
        return new SettingType<>() {
            @Override
            public Money parse(String text) {
                Money m = Money.parse(strip(text));
                if (m.isNegative()) {
                    throw new IllegalArgumentException("cannot be negative");
                }
                return Limits.amount(m, "the amount");
            }

            @Override
            public String format(Money value) {
                return value.toString();
            }

            @Override
            public String describe() {
                return "yuan, e.g. 20.00";
            }

            @Override
            public Kind kind() {
                return Kind.of("money");
            }
        };
    }

    /** An amount of yuan, or {@code none} (an empty text is none too). */
    public static SettingType<Optional<Money>> optionalMoney() {
        SettingType<Money> money = money();
        return new SettingType<>() {
            @Override
            public Optional<Money> parse(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty() || t.equalsIgnoreCase("none")) {
                    return Optional.empty();
                }
                return Optional.of(money.parse(t));
            }

            @Override
            public String format(Optional<Money> value) {
                return value.map(Money::toString).orElse("none");
            }

            @Override
            public String describe() {
                return "yuan, or none";
            }

            @Override
            public Kind kind() {
                return Kind.of("optional_money");
            }
        };
    }

    /** Square metres with two decimals at most, more than zero and at most {@link Limits#MAX_AREA}. */
    public static SettingType<Area> area() {
        return new SettingType<>() {
            @Override
            public Area parse(String text) {
                Area a = Area.parse(strip(text));
                if (a.isZero()) {
                    throw new IllegalArgumentException("must be more than 0");
                }
                return Limits.area(a, "the area");
            }

            @Override
            public String format(Area value) {
                return value.toString();
            }

            @Override
            public String describe() {
                return "m², e.g. 1.00";
            }

            @Override
            public Kind kind() {
                return Kind.of("area");
            }
        };
    }

    /** A percentage to 0.01 %, from 0 to {@code max}. */
    public static SettingType<Percent> percent(long maxWholePercent) {
        return new SettingType<>() {
            @Override
            public Percent parse(String text) {
                Percent p = Percent.parse(strip(text));
                if (p.compareTo(Percent.of(maxWholePercent)) > 0) {
                    throw new IllegalArgumentException("must be from 0 to " + maxWholePercent);
                }
                return p;
            }

            @Override
            public String format(Percent value) {
                return value.toString();
            }

            @Override
            public String describe() {
                return "percent from 0 to " + maxWholePercent + ", e.g. 10 or 12.5";
            }

            @Override
            public Kind kind() {
                return Kind.of("percent", maxWholePercent);
            }
        };
    }

    /** A daily late-fee rate in percent per day, to 0.0001 %, from 0 to {@code maxPercent}. */
    public static SettingType<LateFeeRate> percentPerDay(int maxPercent) {
        return new SettingType<>() {
            @Override
            public LateFeeRate parse(String text) {
                LateFeeRate r = LateFeeRate.percentPerDay(strip(text));
                if (r.millionthsPerDay() > maxPercent * 10_000L) {
                    throw new IllegalArgumentException("must be from 0 to " + maxPercent + " % a day");
                }
                return r;
            }

            @Override
            public String format(LateFeeRate value) {
                return value.toString();
            }

            @Override
            public String describe() {
                return "percent per day from 0 to " + maxPercent + ", e.g. 0.05";
            }

            @Override
            public Kind kind() {
                return Kind.of("percent_per_day", maxPercent);
            }
        };
    }

    /**
     * Commission tiers: {@code FROM:RATE} pairs separated by commas or spaces, the first from head 1
     * ({@code 1:15.00,1001:18.00,2001:20.00}); {@code none} for a flat rate.
     */
    public static SettingType<List<Tier>> tiers() {
        return new SettingType<>() {
            @Override
            public List<Tier> parse(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty() || t.equalsIgnoreCase("none")) {
                    return List.of();
                }
                List<Tier> tiers = new ArrayList<>();
                for (String part : t.split("[,\\s]+")) {
                    int colon = part.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("'" + part + "' is not FROM:RATE, e.g. 1001:18.00");
                    }
                    long from;
                    try {
                        from = Long.parseLong(part.substring(0, colon));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("'" + part + "': the head a tier starts at is not a "
                                + "whole number");
                    }
                    tiers.add(new Tier(from, Money.parse(part.substring(colon + 1))));
                }
                if (tiers.get(0).from() != 1) {
                    throw new IllegalArgumentException("the first tier must start at head 1, not "
                            + tiers.get(0).from());
                }
                for (int i = 1; i < tiers.size(); i++) {
                    if (tiers.get(i).from() <= tiers.get(i - 1).from()) {
                        throw new IllegalArgumentException("tiers must start at increasing heads: "
                                + tiers.get(i - 1).from() + " then " + tiers.get(i).from());
                    }
                }
                return List.copyOf(tiers);
            }

            @Override
            public String format(List<Tier> value) {
                return value.isEmpty() ? "none"
                        : value.stream().map(x -> x.from() + ":" + x.rate()).collect(Collectors.joining(","));
            }

            @Override
            public String describe() {
                return "FROM:RATE,… (e.g. 1:15.00,1001:18.00) or none";
            }

            @Override
            public Kind kind() {
                return Kind.of("tiers");
            }
        };
    }

    private static String strip(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        return text.strip();
    }
}
