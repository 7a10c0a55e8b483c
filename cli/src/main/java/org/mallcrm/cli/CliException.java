package org.mallcrm.cli;

/** Ends a command with a message on stderr and an exit code from {@link ExitCodes}. */
public class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** A value given on the line that is not what it must be (not a date, an amount, a number …): exit 65. */
    public static CliException badValue(String message) {
        return new CliException(ExitCodes.DATA_ERROR, message);
    }

    public static CliException refused(String message) {
        return new CliException(ExitCodes.REFUSED, message);
    }

    public static CliException notFound(String what) {
        return new CliException(ExitCodes.REFUSED, what + " not found");
    }
}
