package org.mallcrm.adapters.persistence.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateBindingTest {

    private final DateBinding binding = new DateBinding();

    @Test
    void a_stored_day_reads_back_as_the_iso_parser_reads_it() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2001, 3, 5)); d = d.plusDays(1)) {
            assertThat(binding.parse(binding.format(d))).isEqualTo(d).isEqualTo(LocalDate.parse(d.toString()));
        }
        assertThat(binding.parse("+12025-01-01")).isEqualTo(LocalDate.of(12025, 1, 1));
    }

    @Test
    void a_day_that_does_not_exist_or_is_not_a_day_is_refused() {
        assertThatThrownBy(() -> binding.parse("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> binding.parse("2025-1-301")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> binding.parse("2025-0a-01")).isInstanceOf(DateTimeException.class);
    }
}
