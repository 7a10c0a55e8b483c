package org.mallcrm.cli;

import java.io.PrintWriter;
import org.mallcrm.cli.output.Output;
import picocli.CommandLine.Model.CommandSpec;

/** What every subcommand reaches through its spec: the shared context, output and error stream. */
public final class CommandSupport {

    private CommandSupport() {
    }

    public static MallcrmCommand root(CommandSpec spec) {
        return (MallcrmCommand) spec.root().userObject();
    }

    public static AppContext context(CommandSpec spec) {
        return root(spec).context();
    }

    /**
     * The shared context for a command that only reads, run on this thread (see {@link MallcrmCommand#queryContext}):
     * the database is opened without a pool when it can be.
     */
    public static AppContext queryContext(CommandSpec spec) {
        return root(spec).queryContext();
    }

    public static Output output(CommandSpec spec) {
        return new Output(spec.commandLine().getOut(), root(spec).format());
    }

    public static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }

    /** Who runs this command, for audit trails: {@code cli:} and the operating-system user. */
    public static String actor() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }
}
