package org.mallcrm.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.fixtures.stall.StallFixtures;

/** The triggers move a kind's counter on every change to its records, and only its own. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class JdbcChangeCountersTest {

    @Parameter
    Store store;

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void writing_stalls_moves_the_stalls_counter_only() {
        long mall = TestDatabases.defaultMall(db);
        ChangeCounters counters = new JdbcChangeCounters(db);
        long stalls = counters.current(ChangeCounters.Kind.STALLS);
        long leases = counters.current(ChangeCounters.Kind.LEASES);
        JooqStalls store = new JooqStalls(db, mall);
        store.insert(List.of(StallFixtures.a101()));
        assertThat(counters.current(ChangeCounters.Kind.STALLS)).isGreaterThan(stalls);
        assertThat(counters.current(ChangeCounters.Kind.LEASES)).isEqualTo(leases);
        long after = counters.current(ChangeCounters.Kind.STALLS);
        store.update(List.of(store.find(org.mallcrm.domain.stall.StallNo.of(StallFixtures.a101().no().value())).orElseThrow()));
        assertThat(counters.current(ChangeCounters.Kind.STALLS)).isGreaterThan(after);
    }
}
