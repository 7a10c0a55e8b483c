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

    @Test
    void buyersListsItsSubcommandsAsTheirAnnotationsNameThem() {
        List<String> annotated = new ArrayList<>();
        for (Class<?> c : org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            annotated.add(command.name());
            assertThat(command.aliases()).as("aliases of %s", c.getName()).isEmpty();
        }
        assertThat(org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMAND_NAMES).isEqualTo(annotated);
        assertThat(org.mallcrm.cli.buyer.BuyersSubcommand.class.getAnnotation(Command.class).subcommands()).isEmpty();
    }

    @Test
    void aNamedBuyersCommandGetsOnlyItselfAndHelpOrAnUnknownWordGetsThemAll() {
        assertThat(buyersSubcommands("--db", "x.db", "buyers", "--format", "csv", "stats", "--by", "category"))
                .containsExactly("stats");
        assertThat(buyersSubcommands("buyers", "rfm", "list")).containsExactly("rfm");
        List<String> all = List.of("list", "show", "stats", "rfm");
        assertThat(buyersSubcommands("buyers")).containsExactlyElementsOf(all);
        assertThat(buyersSubcommands("buyers", "--help")).containsExactlyElementsOf(all);
        assertThat(buyersSubcommands("buyers", "-h", "stats")).containsExactlyElementsOf(all);
        assertThat(buyersSubcommands("buyers", "--by", "category", "stats")).containsExactlyElementsOf(all);
        assertThat(buyersSubcommands("buyers", "stat")).containsExactlyElementsOf(all);
        assertThat(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, new String[] {"--help"}).getSubcommands()
                .get("buyers").getSubcommands().keySet()).containsExactlyElementsOf(all);
    }

    @Test
    void aNestedCommandGetsTheGlobalOptionsAndSettingsAsBefore() {
        var stats = Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE,
                new String[] {"buyers", "stats", "--by", "category"}).getSubcommands().get("buyers").getSubcommands()
                .get("stats");
        assertThat(stats.getCommandSpec().optionsMap().keySet()).contains("--db", "--db-url", "--db-user",
                "--db-password", "--mall", "--format", "--by", "--from", "--to", "-h", "--help", "-V", "--version");
        assertThat(stats.isCaseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(stats.getOut()).isSameAs(NOWHERE);
    }

    private static List<String> buyersSubcommands(String... args) {
        return List.copyOf(Main.commandLine(new MallcrmCommand(), NOWHERE, NOWHERE, args).getSubcommands()
                .get("buyers").getSubcommands().keySet());
    }
}
