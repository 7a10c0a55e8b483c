package org.mallcrm.adapters.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The one reader of days, months and times: its shape, blanks read past, real calendar values, 1900..2199. */
class DatesTest {

    @Test
    void a_day_is_yyyy_mm_dd_a_real_day_in_range() {
        assertThat(Dates.parseOrNull(" 2026-03-01\t")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Dates.parseOrNull("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Dates.parseOrNull("2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        for (String bad : new String[] {null, "", " ", "2026-02-30", "2026-13-01", "1899-12-31", "2200-01-01",
            "+2026-01-01", "2026-3-1", "20260301", "2026-03-01T00:00", "today"}) {
            assertThat(Dates.parseOrNull(bad)).as(String.valueOf(bad)).isNull();
        }
    }

    @Test
    void a_month_is_yyyy_mm_in_range() {
        assertThat(Dates.monthOrNull(" 2026-09 ")).isEqualTo(YearMonth.of(2026, 9));
        assertThat(Dates.monthOrNull("1900-01")).isEqualTo(YearMonth.of(1900, 1));
        assertThat(Dates.monthOrNull("2199-12")).isEqualTo(YearMonth.of(2199, 12));
        for (String bad : new String[] {null, "", "2026-1", "2026-13", "2026-00", "1899-12", "2200-01", "+2026-01",
            "2026-09-01"}) {
            assertThat(Dates.monthOrNull(bad)).as(String.valueOf(bad)).isNull();
        }
    }

    @Test
    void a_time_is_hh_mm_or_hh_mm_ss_of_a_real_time() {
        assertThat(Dates.timeOrNull(" 09:30 ")).isEqualTo(LocalTime.of(9, 30));
        assertThat(Dates.timeOrNull("23:59:59")).isEqualTo(LocalTime.of(23, 59, 59));
        for (String bad : new String[] {null, "", "9:30", "24:00", "12:60", "12:00:60", "12:00:00.5", "noon"}) {
            assertThat(Dates.timeOrNull(bad)).as(String.valueOf(bad)).isNull();
        }
    }
}
