package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The test databases leave nothing in the temporary folder once the test JVM is gone (issue 12, 17). */
class TestDatabasesTest {

    /** What the child JVM runs: opens two test databases, writes to them, closes one, and exits. */
    public static void main(String[] args) {
        Database closed = TestDatabases.fresh();
        TestDatabases.defaultMall(closed);
        closed.close();
        Database open = TestDatabases.fresh();
        TestDatabases.defaultMall(open);
        System.out.println(Path.of(closed.url().substring("jdbc:sqlite:".length())).getParent());
        System.out.println(Path.of(open.url().substring("jdbc:sqlite:".length())).getParent());
    }

    @Test
    void a_test_jvm_leaves_no_database_folder_behind_whether_or_not_its_databases_were_closed() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), TestDatabasesTest.class.getName())
                .redirectErrorStream(true).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();

        List<Path> folders = out.lines().filter(l -> l.contains("mallcrm-test")).map(Path::of).toList();
        assertThat(folders).as(out).hasSize(2);
        for (Path dir : folders) {
            assertThat(Files.exists(dir)).as(dir + " after the JVM exited").isFalse();
        }
    }

    @Test
    void deleting_a_folder_takes_its_files_and_a_folder_already_gone_is_fine() throws IOException {
        Path dir = Files.createTempDirectory("mallcrm-test");
        Files.writeString(Files.createDirectories(dir.resolve("sub")).resolve("test.db-wal"), "x");

        TestDatabases.deleteTree(dir);
        TestDatabases.deleteTree(dir);

        assertThat(dir).doesNotExist();
    }
}
