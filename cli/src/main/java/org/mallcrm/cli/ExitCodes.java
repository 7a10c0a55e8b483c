package org.mallcrm.cli;

/** The contract's exit codes (sysexits). */
public final class ExitCodes {

    public static final int OK = 0;
    /** Refused by a business rule; the message says which. */
    public static final int REFUSED = 1;
    public static final int USAGE = 64;
    /** Bad input data; nothing was written. */
    public static final int DATA_ERROR = 65;
    /** Input file missing or unreadable. */
    public static final int NO_INPUT = 66;
    /** A needed service is unavailable. */
    public static final int UNAVAILABLE = 69;
    public static final int INTERNAL = 70;
    /** Temporary failure (e.g. the database is busy): retry. */
    public static final int TEMPORARY = 75;

    private ExitCodes() {
    }
}
