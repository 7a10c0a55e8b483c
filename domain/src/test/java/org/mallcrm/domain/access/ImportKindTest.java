package org.mallcrm.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportKindTest {

    private static Set<ImportKind> importableBy(Department d) {
        Set<ImportKind> out = EnumSet.noneOf(ImportKind.class);
        for (ImportKind k : ImportKind.values()) {
            if (k.importableBy(d)) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void each_department_imports_the_kinds_whose_records_it_keeps() {
        assertThat(importableBy(Department.FINANCE)).containsExactly(ImportKind.RECEIPTS);
        assertThat(importableBy(Department.LEASING)).containsExactly(ImportKind.STALLS, ImportKind.MERCHANTS,
                ImportKind.LEASES);
        assertThat(importableBy(Department.MARKETING)).containsExactly(ImportKind.TRIPS, ImportKind.SCANS,
                ImportKind.BUYERS);
        assertThat(importableBy(Department.ARCHIVES)).containsExactly(ImportKind.STALLS);
        assertThat(importableBy(Department.ADMIN)).containsExactlyInAnyOrder(ImportKind.values());
    }

    @Test
    void a_department_without_the_import_right_imports_nothing_even_of_records_it_edits() {
        // 客服部 edits buyers one by one, 商服部 handles requests: neither imports files
        assertThat(importableBy(Department.CUSTOMER_SERVICE)).isEmpty();
        assertThat(importableBy(Department.TENANT_SERVICE)).isEmpty();
    }

    @Test
    void principals_follow_their_department_and_the_outside_roles_import_nothing() {
        Principal finance = new Principal("li", Role.STAFF, Optional.empty(), Optional.of("财务部"));
        assertThat(ImportKind.RECEIPTS.importableBy(finance)).isTrue();
        assertThat(ImportKind.STALLS.importableBy(finance)).isFalse();
        Principal ops = new Principal("ops", Role.STAFF, Optional.empty(), Optional.empty());
        assertThat(ImportKind.BUYERS.importableBy(ops)).isTrue();
        Principal merchant = new Principal("m", Role.MERCHANT, Optional.of("M-0001"), Optional.empty());
        for (ImportKind k : ImportKind.values()) {
            assertThat(k.importableBy(merchant)).isFalse();
        }
        assertThat(ImportKind.STALLS.importableBy((Principal) null)).isFalse();
    }

    @Test
    void a_kind_is_found_by_its_code() {
        assertThat(ImportKind.parse("receipts")).contains(ImportKind.RECEIPTS);
        assertThat(ImportKind.parse(" Buyers ")).contains(ImportKind.BUYERS);
        assertThat(ImportKind.parse("payments")).isEmpty();
        assertThat(ImportKind.STALLS.code()).isEqualTo("stalls");
    }
}
