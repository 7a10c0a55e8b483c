package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.common.port.out.StorageBusyException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** How units of work begin and end on SQLite: busy means nothing was done, and a stored change is never "busy". */
class SqliteTransactionsTest {

    @TempDir
    Path dir;

    /**
     * sqlite-jdbc's {@code Connection.commit()} runs {@code COMMIT} and then {@code BEGIN IMMEDIATE} for the next
     * transaction; when another writer takes the lock in between for longer than the busy timeout, the commit has
     * happened but the call fails with SQLITE_BUSY. A connection that behaves so must not make a stored change look
     * like a temporary failure.
     */
    @Test
    void a_change_whose_commit_went_through_is_not_reported_as_busy() throws Exception {
        AtomicInteger driverCommits = new AtomicInteger();
        AtomicBoolean armed = new AtomicBoolean();
        try (SqliteDatabase db = SqliteDatabase.openUrl("jdbc:sqlite:" + dir.resolve("t.db"), 2,
                c -> busyAfterCommit(c, armed, driverCommits))) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            armed.set(true);

            Integer done = db.inTransaction(() -> db.withConnection(c -> exec(c, "INSERT INTO t VALUES (1)")));

            assertThat(done).isEqualTo(1);
            assertThat(count(db)).isEqualTo(1);
            assertThat(driverCommits).as("the driver's commit() is not how a unit of work ends").hasValue(0);
        }
    }

    @Test
    void a_writer_waiting_past_the_timeout_is_busy_and_nothing_of_its_work_is_done() throws Exception {
        Path file = dir.resolve("b.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, 2);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.withConnection(c -> exec(c, "CREATE TABLE t (v INTEGER)"));
            db.withConnection(c -> exec(c, "PRAGMA busy_timeout = 50"));
            db.withConnection(c -> exec(c, "PRAGMA busy_timeout = 50"));
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
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("f.db"), 1)) {
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

    private static int count(SqliteDatabase db) {
        return db.dsl(ctx -> ctx.fetchOne("SELECT count(*) FROM t").get(0, Integer.class));
    }

    private static int exec(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            return st.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection whose commit() stores the work and then fails as sqlite-jdbc's does when its next BEGIN waits. */
    private static Connection busyAfterCommit(Connection real, AtomicBoolean armed, AtomicInteger commits) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (armed.get() && method.getName().equals("commit")) {
                        commits.incrementAndGet();
                        throw new SQLiteException("[SQLITE_BUSY] The database file is locked (database is locked)",
                                SQLiteErrorCode.SQLITE_BUSY);
                    }
                    return result;
                });
    }
}
