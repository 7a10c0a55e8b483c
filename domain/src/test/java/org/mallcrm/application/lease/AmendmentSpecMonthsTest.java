package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.service.LeaseSpecs;
import org.mallcrm.domain.lease.LeaseAmendment;

/**
 * The months of a free extension or a rent-free period in an amendment spec are 1 to 240 (Limits.MAX_MONTHS): a
 * count outside, or none, is bad input on that change's {@code months} field with the bound, for the API, the command
 * line and the console alike.
 */
class AmendmentSpecMonthsTest {

    private static List<String> errors(String type, Integer months) {
        List<RowError> errors = new ArrayList<>();
        LeaseAmendment a = LeaseSpecs.amendment(new AmendmentSpec(null, "2026-07-15", null,
                List.of(new AmendmentSpec.Change(type, "2026-08-01", months, "200.00"))), errors);
        assertThat(a == null).as("an amendment only without errors").isEqualTo(!errors.isEmpty());
        return errors.stream().map(e -> e.column() + " [" + e.value() + "]: " + e.reason()).toList();
    }

    @Test
    void months_outside_one_to_240_are_named_on_the_months_of_that_change_with_the_bound() {
        for (String type : List.of("FREE_EXTENSION", "RENT_FREE_MONTHS")) {
            for (int months : new int[] {0, -1, 241, 999, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                assertThat(errors(type, months)).as(type + " " + months)
                        .containsExactly("changes[0].months [" + months + "]: months " + months
                                + " is outside 1 to 240");
            }
            assertThat(errors(type, null)).as(type + " without months")
                    .containsExactly("changes[0].months []: required value is missing (1 to 240)");
            assertThat(errors(type, 1)).as(type).isEmpty();
            assertThat(errors(type, 240)).as(type).isEmpty();
        }
    }

    @Test
    void a_price_change_reads_no_months() {
        // months given with a price change are not read
        assertThat(errors("PRICE_CHANGE", null)).isEmpty();
        assertThat(errors("PRICE_CHANGE", 0)).isEmpty();
    }
}
