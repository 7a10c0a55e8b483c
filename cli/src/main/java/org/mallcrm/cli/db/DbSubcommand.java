package org.mallcrm.cli.db;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.DatabaseCopy;
import org.mallcrm.adapters.persistence.DatabaseFileException;
import org.mallcrm.adapters.persistence.DatabaseUnavailableException;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.output.Output;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm db …}: the database itself. */
@Command(name = "db",
        mixinStandardHelpOptions = true,
        description = {"The database itself: move it to a server database."},
        subcommands = {DbSubcommand.Copy.class})
public final class DbSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One table as copied (JSON and CSV). */
    public record TableJson(String table, long rows, String money) {
    }

    /** What {@code db copy --format json} prints. */
    public record CopyJson(String to, long rows, String money, List<TableJson> tables) {
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy every mall of this database into an empty server database, all or nothing.",
                "",
                "The target (usually jdbc:postgresql://HOST[:PORT]/DATABASE, created empty beforehand) gets the "
                    + "schema and then every row, in one transaction; row counts and money totals of every table "
                    + "are checked equal to the source's before it is committed. Progress goes to stderr.",
                "",
                "Example:  mallcrm --db mallcrm.db db copy --to jdbc:postgresql://localhost/mall --db-user mallcrm"})
    static final class Copy implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "JDBC_URL",
                description = "The empty database to copy into (jdbc:postgresql://… or jdbc:sqlite:FILE).")
        String to;

        @Override
        public Integer call() {
            PrintWriter err = CommandSupport.err(spec);
            AppContext.Location from = CommandSupport.root(spec).databaseLocation();
            AppContext.Location target = CommandSupport.root(spec).targetLocation(to);
            if (Database.redacted(from.jdbcUrl()).equals(Database.redacted(target.jdbcUrl()))) {
                throw new CliException(ExitCodes.USAGE, "--to names the database being copied");
            }
            java.util.function.Consumer<String> upgrading = CommandSupport.root(spec)::upgrading;
            try (Database source = open(from, "the database to copy", upgrading);
                    Database into = open(target, "the target database", upgrading)) {
                err.println("copying " + Database.redacted(from.jdbcUrl()) + " into " + Database.redacted(to));
                err.flush();
                DatabaseCopy.Outcome outcome;
                try {
                    outcome = DatabaseCopy.copy(source, into, line -> {
                        err.println(line);
                        err.flush();
                    });
                } catch (DatabaseCopy.Mismatch e) {
                    throw new CliException(ExitCodes.INTERNAL, e.getMessage());
                }
                return switch (outcome) {
                    case DatabaseCopy.TargetNotEmpty t -> throw CliException.refused("the target database is not "
                            + "empty (" + t.table() + " holds " + t.rows() + " rows): copy into a new, empty one; "
                            + "nothing was copied");
                    case DatabaseCopy.Copied c -> {
                        err.println("copied " + String.format("%,d", c.rows()) + " rows of " + c.tables().size()
                                + " tables; counts and money totals equal (" + money(c.moneyFen()) + ")");
                        Output out = CommandSupport.output(spec);
                        List<TableJson> tables = c.tables().stream()
                                .map(t -> new TableJson(t.table(), t.rows(), money(t.moneyFen()))).toList();
                        if (out.format() == org.mallcrm.cli.output.Format.TABLE) {
                            out.list(tables.stream().filter(t -> t.rows() > 0).toList(), List.of("table", "rows", "money"));
                        } else {
                            out.one(new CopyJson(Database.redacted(to), c.rows(), money(c.moneyFen()), tables));
                        }
                        yield 0;
                    }
                };
            }
        }

        private static Database open(AppContext.Location at, String what,
                java.util.function.Consumer<String> upgrading) {
            try {
                return Database.open(at.jdbcUrl(), at.user(), at.password(),
                        Vendor.of(at.jdbcUrl()) == Vendor.SQLITE ? 2 : 4, upgrading);
            } catch (DatabaseUnavailableException e) {
                throw new CliException(ExitCodes.UNAVAILABLE, what + ": " + e.getMessage());
            } catch (DatabaseFileException e) {
                throw new CliException(ExitCodes.NO_INPUT, what + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.USAGE, what + ": " + e.getMessage());
            }
        }

        private static String money(long fen) {
            return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
        }
    }
}
