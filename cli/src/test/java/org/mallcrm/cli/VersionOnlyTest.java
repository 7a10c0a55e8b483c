package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** {@code mallcrm --version} reads no subcommand, and prints exactly what it printed with all of them. */
class VersionOnlyTest {

    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    @Test
    void theVersionAloneBuildsNoSubcommandAndPrintsTheVersion() {
        for (String[] args : new String[][] {{"--version"}, {"-V"}}) {
            assertThat(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, args).getSubcommands()).isEmpty();
            CliRun.Result r = CliRun.raw(args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(), new VersionProvider().getVersion())
                    + System.lineSeparator());
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void anythingBesideTheVersionGetsEverySubcommandAsBefore() {
        assertThat(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, new String[] {"--version", "--help"})
                .getSubcommands()).hasSize(MallcrmCommand.SUBCOMMANDS.size());
        assertThat(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, new String[0]).getSubcommands())
                .hasSize(MallcrmCommand.SUBCOMMANDS.size());
        CliRun.Result help = CliRun.raw("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: mallcrm").contains("buyers").contains("stalls");
        CliRun.Result both = CliRun.raw("--version", "--help");
        assertThat(both.exitCode()).isZero();
        assertThat(both.out()).contains("Usage: mallcrm").contains("buyers").contains("stalls");
    }
}
