package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.AmendmentSpec;
import org.mallcrm.application.lease.service.LeaseSpecs;
import org.mallcrm.domain.lease.LeaseAmendment;

/**
 * Each fault of an amendment's change is named on its own field ({@code changes[i].type}, {@code .from},
 * {@code .rent_per_m2}) with the value given and a reason a person can act on, never the change as a whole nor a
 * message of the JVM; the faults of two changes are each said.
 */
class AmendmentSpecFieldsTest {

    private static List<String> errors(AmendmentSpec.Change... changes) {
        List<RowError> errors = new ArrayList<>();
        LeaseAmendment a = LeaseSpecs.amendment(new AmendmentSpec(null, "2026-07-15", null, Arrays.asList(changes)),
                errors);
        assertThat(a == null).as("an amendment only without errors").isEqualTo(!errors.isEmpty());
        return errors.stream().map(e -> e.column() + " [" + e.value() + "]: " + e.reason()).toList();
    }

    @Test
    void a_bad_or_missing_start_is_named_on_from() {
        assertThat(errors(new AmendmentSpec.Change("RENT_FREE_MONTHS", "2026-13-01", 2, null)))
                .containsExactly("changes[0].from [2026-13-01]: '2026-13-01' is not a date YYYY-MM-DD between "
                        + "1900-01-01 and 2199-12-31");
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", null, null, "120.00")))
                .containsExactly("changes[0].from []: date is missing");
    }

    @Test
    void a_bad_or_missing_price_is_named_on_rent_per_m2() {
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, null)))
                .containsExactly("changes[0].rent_per_m2 []: required value is missing");
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, "12.345")))
                .singleElement().asString().startsWith("changes[0].rent_per_m2 [12.345]: ");
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, "-1.00")))
                .containsExactly("changes[0].rent_per_m2 [-1.00]: cannot be negative");
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, "99999999.00")))
                .singleElement().asString().startsWith("changes[0].rent_per_m2 [99999999.00]: the rent per m² ");
        assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, "120.00"))).isEmpty();
    }

    @Test
    void an_unknown_type_is_named_on_type_and_each_change_says_its_own() {
        assertThat(errors(new AmendmentSpec.Change("RAISE", "2026-08-01", 1, null)))
                .containsExactly("changes[0].type [RAISE]: type must be FREE_EXTENSION, RENT_FREE_MONTHS or "
                        + "PRICE_CHANGE");
        assertThat(errors(new AmendmentSpec.Change("free_extension", null, 3, null),
                new AmendmentSpec.Change("RENT_FREE_MONTHS", "someday", 0, null)))
                .containsExactly("changes[1].months [0]: months 0 is outside 1 to 240",
                        "changes[1].from [someday]: 'someday' is not a date YYYY-MM-DD between 1900-01-01 and "
                                + "2199-12-31");
        assertThat(errors((AmendmentSpec.Change) null)).containsExactly("changes[0].type []: type must be "
                + "FREE_EXTENSION, RENT_FREE_MONTHS or PRICE_CHANGE");
    }

    @Test
    void no_message_of_the_jvm_reaches_the_reasons() {
        for (String rent : new String[] {null, "", " ", "abc", "1e5", "１２"}) {
            assertThat(errors(new AmendmentSpec.Change("PRICE_CHANGE", "2026-08-01", null, rent)))
                    .noneMatch(e -> e.contains("Cannot invoke") || e.contains("null") || e.contains("Exception"));
        }
    }
}
