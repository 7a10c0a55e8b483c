package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.StorageBusyException;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;
import org.mallcrm.application.settings.service.SettingsService;
import org.mallcrm.domain.mall.Mall;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.SettingCatalogue;
import org.mallcrm.domain.settings.SettingValueChange;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.settings.MallSettingsStoreContract;

/**
 * The settings of a mall in SQLite and in PostgreSQL: the store contract, one mall's settings invisible from
 * another's, an audit trail nothing can rewrite, and no change lost when two processes change settings at once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JooqMallSettingsTest extends MallSettingsStoreContract {

    @Parameter
    Store store;

    private final List<Database> databases = new ArrayList<>();

    @AfterEach
    void close() {
        databases.forEach(Database::close);
    }

    private Database fresh() {
        Database db = TestDatabases.fresh(store);
        databases.add(db);
        return db;
    }

    @Override
    protected Stores emptyStores() {
        Database db = fresh();
        return new Stores(new JooqMallSettings(db, TestDatabases.defaultMall(db)), new DatabaseUnitOfWork(db));
    }

    @Test
    void a_transaction_reads_the_settings_once_and_sees_its_own_change_and_the_next_one_sees_another_processes() {
        Database db = fresh();
        long dm = TestDatabases.defaultMall(db);
        JooqMallSettings settings = new JooqMallSettings(db, dm);
        MallSettings seenFirst = db.inTransaction(() -> {
            MallSettings first = settings.current();
            assertThat(settings.current()).isSameAs(first);
            settings.save(List.of(new SettingValueChange(SettingCatalogue.LEASE_ADVANCE_DAYS, "30", "15")), "ops",
                    Instant.parse("2026-03-01T00:00:00Z"));
            assertThat(settings.current()).isEqualTo(first.with(SettingCatalogue.LEASE_ADVANCE_DAYS, 15));
            return first;
        });
        assertThat(seenFirst).isEqualTo(MallSettings.defaults());
        // written by another process (another store over another pool): the next transaction reads it
        Database other = Database.open(db.url(), null, null, 2);
        databases.add(other);
        new JooqMallSettings(other, dm).save(List.of(new SettingValueChange(SettingCatalogue.LEASE_ADVANCE_DAYS,
                "15", "20")), "ops", Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(db.inTransaction(settings::current))
                .isEqualTo(MallSettings.defaults().with(SettingCatalogue.LEASE_ADVANCE_DAYS, 20));
    }

    @Test
    void a_malls_settings_and_their_trail_are_its_own() {
        Database db = fresh();
        long dm = TestDatabases.defaultMall(db);
        JooqMalls malls = new JooqMalls(db);
        malls.add(new Mall("YW", "义乌国际商贸城", Instant.parse("2026-01-01T00:00:00Z")));
        long yw = malls.idOf("YW").orElseThrow();
        JooqMallSettings ofDm = new JooqMallSettings(db, dm);
        JooqMallSettings ofYw = new JooqMallSettings(db, yw);

        ofDm.save(List.of(new SettingValueChange(SettingCatalogue.LEASE_ADVANCE_DAYS, "30", "15")), "ops",
                Instant.parse("2026-03-01T00:00:00Z"));
        ofYw.save(List.of(new SettingValueChange(SettingCatalogue.LATE_FEE_GRACE_DAYS, "0", "3")), "ops",
                Instant.parse("2026-03-01T00:00:00Z"));

        assertThat(ofDm.current()).isEqualTo(MallSettings.defaults().with(SettingCatalogue.LEASE_ADVANCE_DAYS, 15));
        assertThat(ofYw.current()).isEqualTo(MallSettings.defaults().with(SettingCatalogue.LATE_FEE_GRACE_DAYS, 3));
        assertThat(ofDm.history(Optional.empty())).extracting(SettingChange::key)
                .containsExactly("lease.advance_days");
        assertThat(ofYw.history(Optional.empty())).extracting(SettingChange::key)
                .containsExactly("late_fee.grace_days");
    }

    @Test
    void the_trail_of_changes_cannot_be_rewritten_or_deleted() {
        Database db = fresh();
        long mall = TestDatabases.defaultMall(db);
        new JooqMallSettings(db, mall).save(List.of(new SettingValueChange(SettingCatalogue.LEASE_ADVANCE_DAYS,
                "30", "15")), "ops", Instant.parse("2026-03-01T00:00:00Z"));

        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute("update mall_setting_change set new_value = '20'")))
                .satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.EXCLUSION));
        assertThatThrownBy(() -> db.dsl(ctx -> ctx.execute("delete from mall_setting_change")))
                .satisfies(e -> assertThat(SqlFailure.of(e)).isEqualTo(SqlFailure.EXCLUSION));
        assertThat(new JooqMallSettings(db, mall).history(Optional.empty())).singleElement()
                .satisfies(c -> assertThat(c.newValue()).isEqualTo("15"));
    }

    /**
     * Two processes (two {@link Database}s on one database, each with its pool) and two threads in each change one
     * key forty times with values no one else sets: every change is kept, and each one's old value is the value the
     * change before it set — no change was made over a value it did not see.
     */
    @Test
    void two_processes_changing_settings_at_once_lose_no_change() throws Exception {
        Database first = fresh();
        long mall = TestDatabases.defaultMall(first);
        Database second = Database.open(first.url(), null, null, 4);
        databases.add(second);
        int writers = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Database db = w % 2 == 0 ? first : second;
                SettingsService service = new SettingsService(new JooqMallSettings(db, mall),
                        new DatabaseUnitOfWork(db), FixedClock.at("2026-03-01T00:00:00Z"));
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String value = Integer.toString(100 + writer * each + i);
                        // a writer waiting too long for the other process is told to try again (exit 75, HTTP 503)
                        Outcome<List<SettingChange>> r = null;
                        while (r == null) {
                            try {
                                r = service.set("lease.advance_days", value, "writer-" + writer);
                            } catch (StorageBusyException busy) {
                                r = null;
                            }
                        }
                        assertThat(r).isInstanceOf(Outcome.Done.class);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<SettingChange> trail = new JooqMallSettings(first, mall).history(Optional.of("lease.advance_days"));
        assertThat(trail).hasSize(writers * each);
        assertThat(trail.get(0).oldValue()).isEqualTo("30");
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).oldValue()).as("change " + i).isEqualTo(trail.get(i - 1).newValue());
        }
        Set<String> set = new TreeSet<>();
        trail.forEach(c -> set.add(c.newValue()));
        assertThat(set).hasSize(writers * each);
        assertThat(new JooqMallSettings(second, mall).stored())
                .containsEntry("lease.advance_days", trail.get(trail.size() - 1).newValue());
    }
}
