package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The table of subcommand names {@link Main} picks a command by is what each command's annotation says. */
class SubcommandNamesTest {

    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    @Test
    void everySubcommandIsNamedInTheTableAsItsAnnotationNamesItAndHasNoAliases() {
        List<String> annotated = new ArrayList<>();
        for (Class<?> c : MallcrmCommand.SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            annotated.add(command.name());
            assertThat(command.aliases()).as("aliases of %s (add them to the table Main reads)", c.getName()).isEmpty();
        }
        assertThat(MallcrmCommand.SUBCOMMAND_NAMES).isEqualTo(annotated);
    }

    @Test
    void aNamedCommandGetsOnlyItselfAndAnUnknownWordGetsThemAll() {
        var buyers = Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE,
                new String[] {"--db", "x.db", "--format", "csv", "buyers", "rfm"}).getSubcommands();
        assertThat(buyers.keySet()).containsExactly("buyers");
        assertThat(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, new String[] {"nosuch"}).getSubcommands())
                .hasSize(MallcrmCommand.SUBCOMMANDS.size());
    }
}
