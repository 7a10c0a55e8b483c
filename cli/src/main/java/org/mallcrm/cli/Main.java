package org.mallcrm.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.mallcrm.adapters.persistence.SqliteWarmUp;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.common.port.out.StorageBusyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** The {@code mallcrm} command line. */
public final class Main {

    private Main() {
    }

    /** picocli's switch that keeps its DefaultFactory from looking for Groovy's closures. */
    static final String NO_GROOVY = "picocli.disable.closures";

    static {
        // picocli initializes its DefaultFactory whatever factory a CommandLine is given (its annotation readers call
        // DefaultFactory.create and createConverter, the help mixin is made by a new DefaultFactory), and that class
        // looks for groovy.lang.Closure at its initialization: a class not there, sought in each of the jars on the
        // class path, which opens every one of them on the main thread (a tenth of a command's start). mallcrm has no
        // Groovy; picocli's own switch skips the search. (The jars are opened all the same by the first search of
        // the whole class path, the time-zone rules' providers: prepareInBackground has that done on its thread.)
        // A value given on the command line (-Dpicocli.disable.closures=…) is kept.
        if (System.getProperty(NO_GROOVY) == null) {
            System.setProperty(NO_GROOVY, "true");
        }
    }

    public static void main(String[] args) {
        String training = System.getProperty(TRAINING);
        if (training != null) {
            System.exit(train(args, training));
        }
        prepareInBackground(args, System.getenv("MALLCRM_DB_URL"));
        int code = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(code);
    }

    /**
     * The launcher's training run for its start-up cache ({@code -XX:AOTCacheOutput}): command lines separated by
     * {@code ;}, each run after the global options given ({@code --db SCRATCH}), in this one JVM, so that the cache holds
     * the classes of all of them. What they print is dropped.
     */
    static final String TRAINING = "mallcrm.aot.training";

    static int train(String[] global, String lines) {
        int worst = 0;
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        for (String line : lines.split(";")) {
            List<String> args = new ArrayList<>(List.of(global));
            for (String word : line.strip().split(" +")) {
                if (!word.isEmpty()) {
                    args.add(word);
                }
            }
            worst = Math.max(worst, run(args.toArray(String[]::new), nowhere, nowhere));
        }
        return worst;
    }

    /**
     * For a command that will open its database: a daemon thread that does, while this one reads the command line,
     * work of the JDK and of the SQLite driver that the command needs later and that depends on nothing the command
     * line says: the time-zone rules of the mall's zone (their provider looks in every jar of the class path for
     * others) and, for an SQLite file, the driver's date format ({@link SqliteWarmUp}). Only JDK and driver classes
     * are touched, which other threads may initialize at the same time; the command does the same work itself should
     * this thread not be done (or have failed: it says nothing). None for help, the version or an unknown command.
     * Returns the thread, or null.
     */
    static Thread prepareInBackground(String[] args, String dbUrlFromEnvironment) {
        String word = commandWord(args);
        if (word == null || !MallcrmCommand.SUBCOMMAND_NAMES.contains(word)) {
            return null;
        }
        boolean sqlite = dbUrlFromEnvironment == null || dbUrlFromEnvironment.isBlank();
        for (String a : args) {
            switch (a) {
                case "-h", "--help", "-V", "--version" -> {
                    return null;
                }
                case "--db-url" -> sqlite = false;
                case "--db" -> sqlite = true;
                default -> {
                }
            }
        }
        boolean driver = sqlite;
        Thread t = new Thread(() -> {
            try {
                // in the order the command needs them: the database is opened first
                if (driver) {
                    SqliteWarmUp.prepare();
                }
                org.mallcrm.domain.time.MallTime.ZONE.getRules();
                // the decimal type's own tables, computed by its class initializer (a tenth of a short command's
                // start, interpreted): money and shares are printed with it
                java.math.BigDecimal.valueOf(1, 2);
            } catch (Throwable ignored) {
                // the command meets the same, and says it
            }
        }, "mallcrm-prepare");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Runs one command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        MallcrmCommand root = new MallcrmCommand();
        CommandLine cli = commandLine(root, out, err, args);
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // out of memory or stack: said in one line with the contract's code, not as the JVM's trace and exit 1
            err.println("error: internal error: mallcrm ran out of " + (e instanceof StackOverflowError ? "stack"
                    : "memory") + " (set MALLCRM_DEBUG=1 for the stack trace)");
            if (System.getenv("MALLCRM_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        } finally {
            root.closeContext();
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(MallcrmCommand root, PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cli = new CommandLine(root.spec());
        // before the settings below: picocli applies them to the subcommands present when they are set
        if (!versionOnly(args)) {
            addSubcommands(cli, MallcrmCommand.SUBCOMMANDS, MallcrmCommand.SUBCOMMAND_NAMES, args, 0);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(Main::exitCode);
        OptionValues.register(cli);
        cli.setParameterExceptionHandler((ex, argv) -> OptionValues.handle(ex));
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("error: " + printable(message(ex)));
            if (exitCode(ex) == ExitCodes.INTERNAL && System.getenv("MALLCRM_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return exitCode(ex);
        });
        return cli;
    }

    /**
     * Adds to {@code cli} the one of {@code commands} that the {@code depth}-th word of the command line names, or all
     * of them when it names none (help, an unknown word), and so on down for a command whose own subcommands are
     * listed in {@link #subcommandsOf} instead of its annotation.
     */
    private static void addSubcommands(CommandLine cli, List<Class<?>> commands, List<String> names, String[] args,
            int depth) {
        String word = word(args, depth);
        int named = word == null ? -1 : names.indexOf(word);
        for (int i = 0; i < commands.size(); i++) {
            if (named < 0 || i == named) {
                Class<?> command = commands.get(i);
                cli.addSubcommand(model(command));
                List<Class<?>> nested = subcommandsOf(command);
                if (nested != null) {
                    addSubcommands(cli.getSubcommands().get(names.get(i)), nested, subcommandNamesOf(command),
                            named < 0 ? new String[0] : args, depth + 1);
                }
            }
        }
    }

    /**
     * What picocli makes a command of: for the commands whose model is built in code ({@code buyers} and its {@code
     * stats}, see {@link CommandModels}) that model, else the annotated class.
     */
    static Object model(Class<?> command) {
        return org.mallcrm.cli.buyer.BuyersSubcommand.model(command);
    }

    /** The subcommands of a command that lists them itself (in the order help shows them), else null. */
    static List<Class<?>> subcommandsOf(Class<?> command) {
        return command == org.mallcrm.cli.buyer.BuyersSubcommand.class
                ? org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMANDS : null;
    }

    /** The names of {@link #subcommandsOf} the command, in the same order. */
    static List<String> subcommandNamesOf(Class<?> command) {
        return command == org.mallcrm.cli.buyer.BuyersSubcommand.class
                ? org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMAND_NAMES : null;
    }

    /**
     * Whether the command line only asks for the version ({@code mallcrm --version}, {@code -V}): it prints the same
     * without any subcommand, so none is read (anything else beside it, {@code --help} too, gets them all as before).
     */
    static boolean versionOnly(String[] args) {
        if (args.length == 0) {
            return false;
        }
        for (String a : args) {
            if (!a.equals("--version") && !a.equals("-V")) {
                return false;
            }
        }
        return true;
    }

    /** The first argument that is neither a global option nor an option's value, as the launcher finds it. */
    static String commandWord(String[] args) {
        return word(args, 0);
    }

    /**
     * The {@code n}-th (from 0) argument that is not a global option or its value: {@code buyers} (0) and {@code
     * stats} (1) in {@code --db x.db buyers --format csv stats --by category}; null when there are fewer, or when any
     * other option comes after the command word and before it ({@code buyers -h stats} is the help of {@code buyers},
     * which lists all its subcommands).
     */
    static String word(String[] args, int n) {
        boolean skip = false;
        int seen = 0;
        for (String a : args) {
            if (skip) {
                skip = false;
            } else if (GLOBAL_WITH_VALUE.contains(a)) {
                skip = true;
            } else if (a.startsWith("-")) {
                if (seen > 0) {
                    return null;
                }
            } else {
                if (seen == n) {
                    return a;
                }
                seen++;
            }
        }
        return null;
    }

    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--db", "--db-url", "--db-user", "--db-password",
            "--mall", "--format");

    /**
     * A message as the terminal may show it: a control character from what the user typed or a file held (an escape
     * code that would recolour or clear the screen, a NUL) written as {@code \\u001B}; line breaks and tabs stay.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String message(Throwable ex) {
        if (exitCode(ex) == ExitCodes.INTERNAL) {
            // the JVM's words name classes (java.lang.NullPointerException: …): the stack trace tells them on demand
            String said = ex.getMessage();
            return "internal error: " + (said == null || said.isBlank()
                    || org.mallcrm.adapters.http.common.Problems.looksInternal(said) ? "an unexpected failure" : said)
                    + " (set MALLCRM_DEBUG=1 for the stack trace)";
        }
        return ex.getMessage();
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CliException c) {
            return c.exitCode();
        }
        if (ex instanceof StorageBusyException) {
            return ExitCodes.TEMPORARY;
        }
        if (ex instanceof UnreadableFileException) {
            return ExitCodes.DATA_ERROR;
        }
        if (ex instanceof org.mallcrm.adapters.http.imports.InputFileException) {
            return ExitCodes.NO_INPUT;
        }
        if (ex instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }
}
