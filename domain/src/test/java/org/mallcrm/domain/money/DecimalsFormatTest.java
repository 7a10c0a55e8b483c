package org.mallcrm.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Decimals.format writes a scaled long as BigDecimal's plain string of the same value and scale, to the character. */
class DecimalsFormatTest {

    private static void same(long scaled, int scale) {
        assertThat(Decimals.format(scaled, scale)).as("%d at scale %d", scaled, scale)
                .isEqualTo(BigDecimal.valueOf(scaled, scale).toPlainString());
    }

    @Test
    void worked_examples() {
        assertThat(Decimals.format(819_000, 2)).isEqualTo("8190.00");
        assertThat(Decimals.format(-5, 2)).isEqualTo("-0.05");
        assertThat(Decimals.format(0, 2)).isEqualTo("0.00");
        assertThat(Decimals.format(7, 0)).isEqualTo("7");
        assertThat(Decimals.format(12_345, 4)).isEqualTo("1.2345");
    }

    @Test
    void the_edges_of_long_at_every_scale() {
        for (int scale = 0; scale <= 20; scale++) {
            for (long v : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, 9, 10, 99, 100, Long.MAX_VALUE}) {
                same(v, scale);
            }
        }
    }

    @Test
    void random_values_read_as_big_decimals() {
        Random random = new Random(20261207);
        for (int n = 0; n < 100_000; n++) {
            long v = switch (n % 3) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt(2_000_000) - 1_000_000;
                default -> random.nextInt(200) - 100;
            };
            same(v, random.nextInt(7));
        }
    }

    @Test
    void a_negative_scale_is_refused() {
        assertThatThrownBy(() -> Decimals.format(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
