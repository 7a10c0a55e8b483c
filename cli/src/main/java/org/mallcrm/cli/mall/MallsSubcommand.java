package org.mallcrm.cli.mall;

import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.mall.MallJson;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.mall.Mall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm malls …}: the malls of the group in this database. */
@Command(name = "malls",
        mixinStandardHelpOptions = true,
        description = {"List the malls of the database (one group, 集团) and add malls.", "",
            "Every record belongs to one mall; numbers (stall, merchant, lease …) are unique within a mall, so two "
                + "malls may both have stall 1F-A-001. Other commands work on one mall: --mall CODE, or the only "
                + "mall when there is one (a new database gets one, MAIN, on first use)."},
        subcommands = {MallsSubcommand.ListMalls.class, MallsSubcommand.Create.class})
public final class MallsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the malls: code, name, created_at (JSON: an array of objects).")
    static final class ListMalls implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<MallJson> rows = AppContext.malls(CommandSupport.root(spec).database()).list().stream()
                    .map(MallJson::of).toList();
            CommandSupport.output(spec).list(rows, List.of("code", "name", "created_at"));
            if (rows.isEmpty()) {
                CommandSupport.err(spec).println("no malls yet: 'mallcrm malls create CODE --name NAME' adds one "
                        + "(any other command adds MAIN to an empty database)");
            }
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Add a mall. It starts with every setting at its default (see 'settings show') and no "
                + "records; work on it with --mall CODE.",
                "Exit 65 for a bad code or name, 1 when the code is taken."})
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "Letters, digits, '-' or '_' (at most 32), kept in upper case, "
                + "e.g. DM.")
        String code;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "e.g. 东贸批发商城.")
        String name;

        @Override
        public Integer call() {
            Mall m = CliOutcomes.value(AppContext.malls(CommandSupport.root(spec).database()).create(code, name));
            CommandSupport.output(spec).one(MallJson.of(m));
            CommandSupport.err(spec).println("mall " + m.code() + " (" + m.name() + ") created");
            return 0;
        }
    }
}
