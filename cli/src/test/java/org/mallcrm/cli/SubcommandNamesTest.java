package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The table of subcommand names {@link Main} picks a command by is what each command's annotation says. */
class SubcommandNamesTest {

    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    @Test
    void everySubcommandIsNamedInTheTableAsItsModelNamesItAndHasNoAliases() {
        List<String> named = new ArrayList<>();
        for (Class<?> c : MallcrmCommand.SUBCOMMANDS) {
            CommandSpec command = model(c);
            named.add(command.name());
            assertThat(command.aliases()).as("aliases of %s (add them to the table Main reads)", c.getName()).isEmpty();
        }
        assertThat(MallcrmCommand.SUBCOMMAND_NAMES).isEqualTo(named);
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
    void buyersListsItsSubcommandsAsTheirModelsNameThem() {
        List<String> named = new ArrayList<>();
        for (Class<?> c : org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMANDS) {
            CommandSpec command = model(c);
            named.add(command.name());
            assertThat(command.aliases()).as("aliases of %s", c.getName()).isEmpty();
        }
        assertThat(org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMAND_NAMES).isEqualTo(named);
        assertThat(model(org.mallcrm.cli.buyer.BuyersSubcommand.class).subcommands()).isEmpty();
    }

    @Test
    void theRootBuyersAndStatsAreBuiltInCodeWithoutAnnotations() {
        // one definition of each: an annotation left on them would be a second one, which picocli would not read
        assertThat(MallcrmCommand.class.getAnnotation(Command.class)).isNull();
        assertThat(org.mallcrm.cli.buyer.BuyersSubcommand.class.getAnnotation(Command.class)).isNull();
        assertThat(Main.model(org.mallcrm.cli.buyer.BuyersSubcommand.class)).isInstanceOf(CommandSpec.class);
        Class<?> stats = org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMANDS.get(
                org.mallcrm.cli.buyer.BuyersSubcommand.SUBCOMMAND_NAMES.indexOf("stats"));
        assertThat(stats.getAnnotation(Command.class)).isNull();
        assertThat(Main.model(stats)).isInstanceOf(CommandSpec.class);
    }

    /** What picocli makes of a command (its annotations read, or the model built in code), as Main adds it. */
    private static CommandSpec model(Class<?> c) {
        return new CommandLine(Main.model(c)).getCommandSpec();
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
