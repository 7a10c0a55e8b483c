package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.lease.service.LeaseSpecs;

class LeaseSpecDatesTest {

    @Test
    void a_spec_date_is_an_iso_date_between_1900_and_2199_and_nothing_else() {
        assertThat(LeaseSpecs.date(" 2026-03-01 ")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(LeaseSpecs.date("2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        for (String bad : new String[] {"+10000-01-01", "+999999999-01-01", "2200-01-01", "1899-12-31",
                "2026-03-01T10:00", "20260301", "-1", "2026-02-30", "x".repeat(5000)}) {
            assertThatThrownBy(() -> LeaseSpecs.date(bad)).as(bad.length() > 20 ? "long text" : bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("YYYY-MM-DD")
                    .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
        }
    }
}
