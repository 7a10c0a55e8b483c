package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.common.port.out.StorageBusyException;

/**
 * How units of work begin and end on SQLite (issue 14, defect 2): busy means nothing was done, and a stored change is
 * never "busy". sqlite-jdbc's {@code Connection.commit()} runs {@code COMMIT} and then begins the next transaction; a
 * failure of that second step used to turn a stored change into "busy, try again". The {@link Database} ends a
 * transaction with a {@code COMMIT} statement and begins nothing after it.
 */
class SqliteTransactionsTest {

    @TempDir
    Path dir;

    @Test
    void after_a_commit_the_writer_holds_nothing_so_another_process_can_write_at_once() throws Exception {
        Path file = dir.resolve("c.db");
        try (Database db = Database.open(file, 2);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            exec(other, "PRAGMA busy_timeout = 0");

            Integer done = db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)")));

            assertThat(done).isEqualTo(1);
            // a transaction begun after the commit (as the driver's commit() does) would hold the file here
            exec(other, "BEGIN IMMEDIATE");
            exec(other, "INSERT INTO t VALUES (2)");
            exec(other, "COMMIT");
            assertThat(count(db)).isEqualTo(2);
            db.withConnection(c -> {
                try {
                    assertThat(c.getAutoCommit()).as("a pooled connection is left outside any transaction").isTrue();
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void a_writer_waiting_past_the_timeout_is_busy_and_nothing_of_its_work_is_done() throws Exception {
        Path file = dir.resolve("b.db");
        try (Database db = Database.open(file, 2);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            // both pooled connections wait briefly (the one taken inside is a second connection)
            db.withConnection(a -> exec(a, "PRAGMA busy_timeout = 50")
                    + db.withConnection(b -> exec(b, "PRAGMA busy_timeout = 50")));
            exec(other, "BEGIN IMMEDIATE");
            AtomicInteger ran = new AtomicInteger();

            assertThatThrownBy(() -> db.inTransaction(() -> db.withConnection(c -> {
                ran.incrementAndGet();
                return exec(c, "INSERT INTO t VALUES (1)");
            }))).isInstanceOf(StorageBusyException.class);

            assertThat(ran).as("the work never started").hasValue(0);
            exec(other, "ROLLBACK");
            assertThat(count(db)).isZero();
        }
    }

    @Test
    void a_failed_unit_of_work_leaves_nothing_and_the_connection_serves_the_next() {
        try (Database db = Database.open(dir.resolve("f.db"), 1)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));

            assertThatThrownBy(() -> db.inTransaction(() -> db.withConnection(c -> {
                exec(c, "INSERT INTO t VALUES (1)");
                throw new IllegalStateException("boom");
            }))).hasMessage("boom");

            assertThat(count(db)).isZero();
            db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (2)")));
            assertThat(count(db)).isEqualTo(1);
        }
    }

    private static int count(Database db) {
        return db.dsl(ctx -> ctx.fetchOne("SELECT count(*) FROM t").get(0, Integer.class));
    }

    private static int exec(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return Math.max(0, st.getUpdateCount());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
