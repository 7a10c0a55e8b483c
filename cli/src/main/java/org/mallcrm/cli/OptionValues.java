package org.mallcrm.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reads the value of an option, alike for every command, as sysexits has it: a value whose
 * form is wrong (not a date, not an amount, not a whole number, not one of the choices) is a usage error, exit 64;
 * a well-formed value the mall cannot take (a date outside the dates it keeps, an amount beyond the limit) is bad
 * input data, exit 65. Either is said in one plain sentence naming the option
 * ({@code error: --on: '2026-02-30' is not a date (YYYY-MM-DD, e.g. 2026-03-01)}), never in Java's words.
 */
public final class OptionValues {

    private OptionValues() {
    }

    /** A well-formed value beyond a documented limit: bad input data (65), not a usage error. */
    static final class OutOfRange extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        OutOfRange(String message) {
            super(message);
        }
    }

    /**
     * A number or code given as text (a merchant's number, a buyer's id, a channel's code …), checked by its own
     * type's {@code of}: a malformed one is a usage error (64) with the type's own sentence.
     */
    public static <T> T id(String text, Function<String, T> of) {
        try {
            return of.apply(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** Registers the converters of dates, times and numbers on a command line and all its subcommands. */
    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, OptionValues::date);
        cli.registerConverter(LocalTime.class, OptionValues::time);
        cli.registerConverter(Integer.class, OptionValues::integer);
        cli.registerConverter(Integer.TYPE, OptionValues::integer);
        cli.registerConverter(Long.class, OptionValues::whole);
        cli.registerConverter(Long.TYPE, OptionValues::whole);
    }

    /** An ISO date within the dates the mall keeps. */
    public static LocalDate date(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD, e.g. 2026-03-01)");
        }
        try {
            return Limits.date(d, "");
        } catch (IllegalArgumentException e) {
            throw new OutOfRange("'" + text + "' is outside the dates the mall keeps, " + Limits.EARLIEST_DATE
                    + " to " + Limits.LATEST_DATE);
        }
    }

    /** A date given to an option read as text: 64 when it is not a date, 65 when it is out of range. */
    public static LocalDate date(String option, String text) {
        try {
            return date(text);
        } catch (OutOfRange e) {
            throw CliException.badValue(option + ": " + e.getMessage());
        } catch (TypeConversionException e) {
            throw CliException.usage(option + ": " + e.getMessage());
        }
    }

    static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a time of day (HH:MM, e.g. 21:30)");
        }
    }

    static Integer integer(String text) {
        long v = whole(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return (int) v;
    }

    static Long whole(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    /**
     * An amount of yuan given as an option's value: 64 when it is not an amount with at most two decimals, 65 when
     * it is negative or beyond {@link Limits#MAX_AMOUNT}.
     */
    public static Money money(String option, String text) {
        Money m;
        try {
            m = Money.parse(text);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().endsWith("is too large")) {
                throw CliException.badValue(option + ": '" + text.strip() + "' is more than the limit of "
                        + Limits.MAX_AMOUNT);
            }
            throw CliException.usage(option + ": " + e.getMessage());
        }
        try {
            return Limits.amount(m, "");
        } catch (IllegalArgumentException e) {
            throw CliException.badValue(option + ": " + plain(e.getMessage(), m.toString()));
        }
    }

    /** The message of a value refused by a domain type, without a leading blank where the field name would be. */
    private static String plain(String message, String text) {
        return message.strip().startsWith(text) ? "'" + text + "'" + message.strip().substring(text.length())
                : message.strip();
    }

    /**
     * The exit code and message of a command line that picocli could not take: a value beyond a limit (65), a value
     * of the wrong form (64), or anything else about the options (64).
     */
    static int handle(CommandLine.ParameterException ex) {
        CommandLine c = ex.getCommandLine();
        ArgSpec arg = ex.getArgSpec();
        if (ex.getCause() != null && arg != null) {
            String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
            String why = ex.getCause() instanceof TypeConversionException t ? t.getMessage()
                    : "'" + ex.getValue() + "' is not a valid value";
            c.getErr().println("error: " + Main.printable(name + ": " + why));
            return ex.getCause() instanceof OutOfRange ? ExitCodes.DATA_ERROR : ExitCodes.USAGE;
        }
        c.getErr().println("error: " + Main.printable(ex.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
            c.getErr().println("See '" + c.getCommandSpec().qualifiedName() + " --help'.");
        }
        return ExitCodes.USAGE;
    }
}
