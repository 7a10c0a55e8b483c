package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link Main} does to start quicker: picocli without its Groovy lookup, the warm-up thread. */
class StartUpTest {

    @Test
    void picocliIsToldNotToLookForGroovy() {
        assertThat(Main.NO_GROOVY).isEqualTo("picocli.disable.closures");
        assertThat(System.getProperty(Main.NO_GROOVY)).isEqualTo("true");
    }

    @Test
    void aCommandGetsTheWarmUpThreadButHelpTheVersionOrAnUnknownWordDoNot() throws InterruptedException {
        Thread t = Main.prepareInBackground(new String[] {"--db", "x.db", "buyers", "stats", "--by", "category"},
                null);
        assertThat(t).isNotNull();
        assertThat(t.isDaemon()).isTrue();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        Thread server = Main.prepareInBackground(new String[] {"--db-url", "jdbc:postgresql://h/db", "malls", "list"},
                null);
        assertThat(server).isNotNull();
        server.join(10_000);
        assertThat(Main.prepareInBackground(new String[] {"buyers", "--help"}, null)).isNull();
        assertThat(Main.prepareInBackground(new String[] {"--version"}, null)).isNull();
        assertThat(Main.prepareInBackground(new String[] {"nosuch"}, null)).isNull();
        assertThat(Main.prepareInBackground(new String[0], null)).isNull();
    }

    @Test
    void theCommandWordAndTheOneAfterItSkipGlobalOptionsAndTheirValues() {
        assertThat(Main.commandWord(new String[] {"--db", "x.db", "buyers", "stats"})).isEqualTo("buyers");
        assertThat(Main.commandWord(new String[] {"--format", "csv", "--mall", "M", "import", "scans"}))
                .isEqualTo("import");
        assertThat(Main.commandWord(new String[] {"--quiet", "serve"})).isEqualTo("serve");
        assertThat(Main.commandWord(new String[] {"--db", "x.db"})).isNull();
        assertThat(Main.commandWord(new String[] {"-h"})).isNull();
        assertThat(Main.word(new String[] {"--db", "x", "buyers", "--format", "csv", "stats", "--by", "category"}, 1))
                .isEqualTo("stats");
        assertThat(Main.word(new String[] {"buyers", "-h", "stats"}, 1)).isNull();
        assertThat(Main.word(new String[] {"buyers"}, 1)).isNull();
    }
}
