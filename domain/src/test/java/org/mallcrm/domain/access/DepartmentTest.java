package org.mallcrm.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static Principal staff(String department) {
        return new Principal("p", Role.STAFF, Optional.empty(), Optional.ofNullable(department));
    }

    @Test
    void a_department_is_found_by_its_code_or_its_chinese_name() {
        assertThat(Department.parse("财务部")).contains(Department.FINANCE);
        assertThat(Department.parse("finance")).contains(Department.FINANCE);
        assertThat(Department.parse(" 招商部 ")).contains(Department.LEASING);
        assertThat(Department.parse("销售部")).isEmpty();
        assertThat(Department.parse("")).isEmpty();
    }

    @Test
    void finance_records_receipts_and_leasing_does_not() {
        assertThat(staff("财务部").may(Capability.RECEIPTS)).isTrue();
        assertThat(staff("招商部").may(Capability.RECEIPTS)).isFalse();
        assertThat(staff("招商部").may(Capability.PLACEMENTS)).isTrue();
        assertThat(staff("商服部").may(Capability.REQUESTS)).isTrue();
        assertThat(staff("策划部").may(Capability.CAMPAIGNS)).isTrue();
        assertThat(staff("策划部").may(Capability.SETTINGS)).isFalse();
    }

    @Test
    void an_admin_and_a_staff_token_without_department_may_do_everything() {
        for (Capability c : Capability.values()) {
            assertThat(staff("管理员").may(c)).isTrue();
            assertThat(staff(null).may(c)).isTrue();
        }
    }

    @Test
    void an_unknown_department_and_the_outside_roles_may_change_nothing() {
        assertThat(staff("销售部").may(Capability.RECEIPTS)).isFalse();
        Principal merchant = new Principal("m", Role.MERCHANT, Optional.of("M-0001"), Optional.empty());
        for (Capability c : Capability.values()) {
            assertThat(merchant.may(c)).isFalse();
        }
    }

    @Test
    void only_admins_hold_settings_and_accounts() {
        for (Department d : Department.values()) {
            assertThat(d.may(Capability.SETTINGS)).isEqualTo(d == Department.ADMIN);
            assertThat(d.may(Capability.ACCOUNTS)).isEqualTo(d == Department.ADMIN);
        }
    }
}
