package org.mallcrm.adapters.http.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.time.MallTime;

class ChannelJsonTest {

    @Test
    void instants_are_shown_in_beijing_time_as_iso_offset_date_time_does() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long s = rng.nextLong(-2_208_988_800L, 7_258_118_399L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> rng.nextInt(1000) * 1_000_000;
                case 2 -> rng.nextInt(1_000_000) * 1000;
                default -> rng.nextInt(1_000_000_000);
            };
            Instant at = Instant.ofEpochSecond(s, nanos);
            assertThat(ChannelJson.instant(at)).as(at.toString()).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(OffsetDateTime.ofInstant(at, MallTime.ZONE)));
        }
        assertThat(ChannelJson.instant(Instant.parse("2025-03-10T01:00:00Z"))).isEqualTo("2025-03-10T09:00:00+08:00");
    }
}
