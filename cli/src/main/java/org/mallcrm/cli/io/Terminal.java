package org.mallcrm.cli.io;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: progress bars only draw on a terminal. */
public final class Terminal {

    private Terminal() {
    }

    /** True when stderr/stdout are a terminal (JDK 22+ says so exactly; before, a console exists only then). */
    public static boolean isInteractive() {
        if (System.getenv("MALLCRM_NO_PROGRESS") != null) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
