package org.mallcrm.application.channel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.channel.ChannelRows;

class IsoInstantsTest {

    @Property(tries = 2000)
    void the_fast_reader_agrees_with_offset_date_time(@ForAll @LongRange(min = -2_208_988_800L, max = 7_258_118_399L)
            long seconds, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours, @ForAll @IntRange(min = 0, max = 9) int digits) {
        Instant at = Instant.ofEpochSecond(seconds, nanos - nanos % (int) Math.pow(10, 9 - digits));
        java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(quarterHours * 900);
        OffsetDateTime local = at.atOffset(offset);
        String fraction = digits == 0 ? "" : "." + String.format("%09d", local.getNano()).substring(0, digits);
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", local.getYear(), local.getMonthValue(),
                local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond(), fraction,
                offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
        Instant fast = IsoInstants.parse(text);
        if (local.getYear() >= 1900 && local.getYear() <= 2199) {
            assertThat(fast).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        } else {
            assertThat(fast).as(text).isNull();
        }
    }

    @Test
    void anything_unusual_is_left_to_the_full_reader() {
        for (String s : new String[] {"2025-02-29T10:00:00+08:00", "2025-03-10 10:00:00+08:00", "2025-03-10T10:00+08:00",
                "2025-03-10T24:00:00Z", "2025-03-10T10:00:00", "2025-03-10T10:00:00.Z", "2025-03-10T10:00:00+0800",
                "2025-03-10T10:00:00.1234567891Z", "x", "2025-03-10T10:00:00+19:00"}) {
            assertThat(IsoInstants.parse(s)).as(s).isNull();
        }
        assertThat(IsoInstants.parse("2024-02-29T23:59:59.5-01:30"))
                .isEqualTo(ChannelRows.instant("2024-02-29T23:59:59.5-01:30"));
    }
}
