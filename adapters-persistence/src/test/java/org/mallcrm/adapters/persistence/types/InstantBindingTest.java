package org.mallcrm.adapters.persistence.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written text of an instant is the formatter's, and reads back as {@link Instant#parse} reads it. */
class InstantBindingTest {

    private static final DateTimeFormatter ISO_NINE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void every_instant_is_written_as_the_formatter_writes_it_and_reads_back_as_itself() {
        SplittableRandom random = new SplittableRandom(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(min, max + 1), random.nextInt(1_000_000_000));
            String text = InstantBinding.text(t);
            assertThat(text).isEqualTo(ISO_NINE.format(t));
            assertThat(InstantBinding.parseText(text)).isEqualTo(t).isEqualTo(Instant.parse(text));
        }
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
                "2026-12-31T16:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"}) {
            Instant t = Instant.parse(edge);
            assertThat(InstantBinding.parseText(InstantBinding.text(t))).isEqualTo(t);
        }
    }

    @Test
    void years_outside_four_digits_and_other_texts_go_through_the_iso_parser() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(InstantBinding.text(far)).isEqualTo(ISO_NINE.format(far));
        assertThat(InstantBinding.parseText("2026-10-15T02:00:00Z")).isEqualTo(Instant.parse("2026-10-15T02:00:00Z"));
        assertThat(InstantBinding.parseText("2026-10-15T02:00:00.5Z")).isEqualTo(Instant.parse("2026-10-15T02:00:00.5Z"));
        assertThatThrownBy(() -> InstantBinding.parseText("2025-02-30T00:00:00.000000000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> InstantBinding.parseText("2025-02-3aT00:00:00.000000000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThat(InstantBinding.parseText("2025-02-03T24:00:00.000000000Z"))
                .isEqualTo(Instant.parse("2025-02-03T24:00:00.000000000Z"));
    }
}
