package org.mallcrm.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.common.service.Remembered;

/** A kept result is given again only for the same day and the same change count. */
class RememberedTest {

    final AtomicLong count = new AtomicLong();
    final AtomicInteger computed = new AtomicInteger();
    static final LocalDate DAY = LocalDate.parse("2026-12-06");

    String compute() {
        return "v" + computed.incrementAndGet();
    }

    @Test
    void a_result_holds_until_its_records_change_or_the_day_turns() {
        Remembered<String> r = new Remembered<>(kind -> count.get(), ChangeCounters.Kind.LEASES);
        assertThat(r.get(DAY, this::compute)).isEqualTo("v1");
        assertThat(r.get(DAY, this::compute)).isEqualTo("v1");
        count.incrementAndGet();
        assertThat(r.get(DAY, this::compute)).isEqualTo("v2");
        assertThat(r.get(DAY.plusDays(1), this::compute)).isEqualTo("v3");
        assertThat(r.get(DAY, this::compute)).isEqualTo("v4");
    }

    @Test
    void without_counters_nothing_is_kept() {
        Remembered<String> r = new Remembered<>(ChangeCounters.NONE, ChangeCounters.Kind.LEASES);
        assertThat(r.get(DAY, this::compute)).isEqualTo("v1");
        assertThat(r.get(DAY, this::compute)).isEqualTo("v2");
    }
}
