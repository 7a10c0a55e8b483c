package org.mallcrm.cli;

import org.mallcrm.cli.lease.DepositsSubcommand;
import org.mallcrm.cli.lease.ExitsSubcommand;
import org.mallcrm.cli.lease.LeasesSubcommand;
import org.mallcrm.cli.lease.PlacementsSubcommand;
import org.mallcrm.cli.lease.ReceiptsSubcommand;
import org.mallcrm.cli.lease.RemindersSubcommand;
import org.mallcrm.cli.merchant.MerchantsSubcommand;
import org.mallcrm.cli.credit.CreditSubcommand;
import org.mallcrm.cli.request.RequestsSubcommand;
import org.mallcrm.cli.mall.MallsSubcommand;
import org.mallcrm.cli.settings.SettingsSubcommand;
import org.mallcrm.cli.report.ReportsSubcommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.cli.access.TokensSubcommand;
import org.mallcrm.cli.access.UsersSubcommand;
import org.mallcrm.cli.channel.CommissionsSubcommand;
import org.mallcrm.cli.demo.DemoSubcommand;
import org.mallcrm.cli.imports.ImportSubcommand;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.server.ServeSubcommand;
import org.mallcrm.cli.stall.StallsSubcommand;
import java.nio.file.InvalidPathException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The root command: global options, and the context every subcommand shares. Its picocli model is built in code
 * ({@link #model}, see {@link CommandModels} for why), not read from annotations.
 */
public final class MallcrmCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Not in {@code @Command(subcommands)}: picocli would read every
     * command's annotations at each start; {@link Main} adds the one a command line names (all of them for help or an
     * unknown word), which saves a fifth of a second per command.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            ImportSubcommand.class,
            StallsSubcommand.class,
            TokensSubcommand.class,
            UsersSubcommand.class,
            CommissionsSubcommand.class,
            ServeSubcommand.class,
            DemoSubcommand.class,
            MerchantsSubcommand.class,
            LeasesSubcommand.class,
            ReceiptsSubcommand.class,
            RemindersSubcommand.class,
            DepositsSubcommand.class,
            PlacementsSubcommand.class,
            ExitsSubcommand.class,
            CreditSubcommand.class,
            RequestsSubcommand.class,
            MallsSubcommand.class,
            SettingsSubcommand.class,
            ReportsSubcommand.class,
            org.mallcrm.cli.db.DbSubcommand.class,
            org.mallcrm.cli.buyer.BuyersSubcommand.class,
            org.mallcrm.cli.coupon.CampaignsSubcommand.class,
            org.mallcrm.cli.coupon.CouponsSubcommand.class,
            org.mallcrm.cli.coupon.SubsidiesSubcommand.class);

    /**
     * The name of each of {@link #SUBCOMMANDS}, in the same order, as its model says (a test holds them
     * equal; none has aliases): {@link Main} finds the command a line names here instead of reading every command's
     * annotations, which would load them and their subcommands' classes (a tenth of a command's start).
     */
    static final List<String> SUBCOMMAND_NAMES = List.of("import", "stalls", "tokens", "users", "commissions", "serve",
            "demo", "merchants", "leases", "receipts", "reminders", "deposits", "placements", "exits", "credit",
            "requests", "malls", "settings", "reports", "db", "buyers", "campaigns", "coupons", "subsidies");

    private final CommandSpec spec = model(this);

    /**
     * The root's model: its help (options in the order given, help as wide as the terminal), the version, and the
     * global options, which every subcommand inherits (picocli's {@code ScopeType.INHERIT}).
     */
    private static CommandSpec model(MallcrmCommand root) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name("mallcrm").versionProvider(new VersionProvider());
        spec.usageMessage()
                .sortOptions(false)
                .autoWidth(true)
                .header("mallcrm: run a wholesale mall — stalls, merchants, leases, channels, buyers.")
                .description(
                        "Every command works on one database: an SQLite file (--db, default ./mallcrm.db, created on "
                            + "first use) or a PostgreSQL server database (--db-url jdbc:postgresql://HOST/DB). "
                            + "Machine output (--format json|csv) goes to stdout; progress, logs and errors go to "
                            + "stderr.",
                        "",
                        "Quick start:  mallcrm serve --demo   (a demo mall on http://localhost:8080)",
                        "")
                .footer(
                        "",
                        "Run 'mallcrm COMMAND --help' for a command's options.",
                        "Exit codes: 0 ok, 1 refused by a business rule, 64 usage, 65 bad input data (nothing written), "
                            + "66 input file missing, 69 service unavailable, 70 internal error, 75 temporary failure "
                            + "(retry).");
        spec.addOption(global("--db", "PATH", Path.class)
                .description("SQLite database file (default: $MALLCRM_DB, else ./mallcrm.db).")
                // picocli's own converter of a Path, without its reflection (Paths.get through Method.invoke)
                .converters(text -> {
                    try {
                        return Path.of(text);
                    } catch (InvalidPathException e) {
                        throw new TypeConversionException(String.format("cannot convert '%s' to %s (%s)", text,
                                Path.class, e));
                    }
                })
                .build());
        spec.addOption(global("--db-url", "JDBC_URL", String.class)
                .description("A JDBC URL instead of --db: jdbc:postgresql://HOST[:PORT]/DATABASE for a server database "
                        + "(or jdbc:sqlite:FILE); default $MALLCRM_DB_URL.")
                .build());
        spec.addOption(global("--db-user", "USER", String.class)
                .description("User for a server database at --db-url (default $MALLCRM_DB_USER; not used by SQLite).")
                .build());
        spec.addOption(global("--db-password", "PASSWORD", String.class)
                .description("Password for a server database at --db-url (default $MALLCRM_DB_PASSWORD; not used by "
                        + "SQLite).")
                .build());
        spec.addOption(global("--mall", "CODE", String.class)
                .description("Which mall, when the database holds several (default: the only one).")
                .build());
        spec.addOption(global("--format", "FORMAT", Format.class)
                .description("Output: table (default), json or csv.")
                .initialValue(Format.TABLE)
                .build());
        return CommandModels.withStandardHelpOptions(spec);
    }

    private static OptionSpec.Builder global(String name, String paramLabel, Class<?> type) {
        return OptionSpec.builder(name).scopeType(ScopeType.INHERIT).paramLabel(paramLabel).type(type);
    }

    /** This command's model, to run it with: {@code new CommandLine(root.spec())}. */
    public CommandSpec spec() {
        return spec;
    }

    private Database database;
    private AppContext context;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The database of this run, opened (and migrated) on first use, no mall chosen yet. */
    public Database database() {
        if (database == null) {
            database = AppContext.openDatabase(databaseLocation(), this::upgrading);
        }
        return database;
    }

    /**
     * Says on standard error that a database's schema is being upgraded, before the wait it explains (the listener
     * every command that opens a database gives {@code Database.open}).
     */
    public void upgrading(String note) {
        spec.commandLine().getErr().println("mallcrm: " + Main.printable(note));
        spec.commandLine().getErr().flush();
    }

    /** The composition root for this run and the mall of {@code --mall}, opened on first use. */
    public AppContext context() {
        if (context == null) {
            context = AppContext.forMall(database(), mall());
        }
        return context;
    }

    /**
     * The composition root for a command of one thread that reads (buyers list, show, stats, rfm): the same as
     * {@link #context()}, but a database not yet opened is opened the light way ({@link
     * AppContext#openDatabaseForCommand}: one connection instead of a pool when the file is up to date).
     */
    public AppContext queryContext() {
        if (database == null) {
            database = AppContext.openDatabaseForCommand(databaseLocation(), this::upgrading);
        }
        return context();
    }

    /** The {@code --mall} code, if given. */
    public Optional<String> mall() {
        return Optional.ofNullable(CommandModels.<String>value(spec, "--mall")).filter(m -> !m.isBlank());
    }

    public Format format() {
        return CommandModels.value(spec, "--format");
    }

    /**
     * Where {@code db copy --to URL} writes: the URL with --db-user/--db-password (or the environment's user and
     * password when the copy comes from an SQLite file, whose location needs none).
     */
    public AppContext.Location targetLocation(String url) {
        try {
            Vendor.of(url);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        String user = orEnvironment("--db-user", "MALLCRM_DB_USER");
        String password = orEnvironment("--db-password", "MALLCRM_DB_PASSWORD");
        return new AppContext.Location(url, user, password);
    }

    public AppContext.Location databaseLocation() {
        String url = CommandModels.value(spec, "--db-url");
        Path db = CommandModels.value(spec, "--db");
        if (url == null && db == null) {
            url = blankToNull(System.getenv("MALLCRM_DB_URL"));
        }
        if (url != null) {
            if (db != null) {
                throw new CliException(ExitCodes.USAGE, "give --db or --db-url, not both");
            }
            try {
                Vendor.of(url);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, e.getMessage());
            }
            String user = orEnvironment("--db-user", "MALLCRM_DB_USER");
            String password = orEnvironment("--db-password", "MALLCRM_DB_PASSWORD");
            return new AppContext.Location(url, user, password);
        }
        Path file = db;
        if (file == null) {
            String env = System.getenv("MALLCRM_DB");
            file = Path.of(env == null || env.isBlank() ? "mallcrm.db" : env);
        }
        return new AppContext.Location("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** The value of an option, else the environment's (null when neither gives one). */
    private String orEnvironment(String option, String variable) {
        String given = CommandModels.value(spec, option);
        return given != null ? given : blankToNull(System.getenv(variable));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
