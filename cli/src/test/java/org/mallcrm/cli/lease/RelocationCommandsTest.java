package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/** A relocation (调铺) through the CLI: the old lease ends, its money and deposit move to the new lease. */
class RelocationCommandsTest {

    /** 45.5 m² × ¥180 = 8,190.00 a month: 24,570.00 a quarter, due ten days ahead. */
    static final String OLD = """
            { "lease_no": "L-OLD", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
              "start": "2026-01-01", "end": "2026-12-31", "rent_per_m2_month": "180.00", "billing": "QUARTERLY",
              "advance_days": 10, "security_deposit": "16380.00" }
            """;

    /** 24 m² × ¥150 = 3,600.00 a month: 10,800.00 a quarter. */
    static final String NEW = """
            { "lease_no": "L-NEW", "merchant_no": "%s", "stall_nos": ["1F-A-102"], "kind": "%s",
              "relocated_from": "L-OLD", "start": "%s", "end": "2027-05-15", "rent_per_m2_month": "150.00",
              "billing": "QUARTERLY", "advance_days": 10, "security_deposit": "10800.00" }
            """;

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
        mall.createLease("old.json", OLD);
        mall.ok("receipts", "record", "--lease", "L-OLD", "--amount", "24570.00", "--on", "2025-12-22");
        mall.ok("receipts", "record", "--lease", "L-OLD", "--amount", "24570.00", "--on", "2026-03-22");
        mall.ok("leases", "deposit", "L-OLD", "--amount", "16380.00");
    }

    @Test
    void moving_mid_second_quarter_ends_the_old_lease_and_carries_paid_ahead_money_and_deposit_over() {
        String stageBefore = mall.json("merchants", "show", "M-0001").get("stage").asText();

        JsonNode lease = mall.createLease("new.json", NEW.formatted("M-0001", "RELOCATION", "2026-05-16"));

        // Q2 2026-04-01..06-30 is 91 days, 45 used through 05-15: 24,570.00 × 45 / 91 = 12,150.00 still billed,
        // 12,420.00 released; the new lease's Q1 (10,800.00) is paid and 1,620.00 of its Q2
        JsonNode r = lease.get("relocation");
        assertThat(lease.get("kind").asText()).isEqualTo("RELOCATION");
        assertThat(r.get("from_lease").asText()).isEqualTo("L-OLD");
        assertThat(r.get("released_paid_ahead").asText()).isEqualTo("12420.00");
        assertThat(r.get("arrears_settled").asText()).isEqualTo("0.00");
        assertThat(r.get("offset_on_new").asText()).isEqualTo("12420.00");
        assertThat(r.get("deposit_carried").asText()).isEqualTo("10800.00");
        assertThat(r.get("refund").asText()).isEqualTo("5580.00");
        assertThat(lease.get("deposit_received").asText()).isEqualTo("10800.00");

        JsonNode old = mall.json("leases", "show", "L-OLD");
        assertThat(old.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(old.get("terminated_on").asText()).isEqualTo("2026-05-15");
        assertThat(old.get("deposit_held").asText()).isEqualTo("0.00");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("VACANT");
        assertThat(mall.json("stalls", "show", "1F-A-102").get("status").asText()).isEqualTo("LEASED");
        assertThat(mall.json("merchants", "show", "M-0001").get("stage").asText()).isEqualTo(stageBefore);

        JsonNode oldQ2 = mall.json("leases", "schedule", "L-OLD", "--as-of", "2026-05-15").get("installments").get(1);
        assertThat(oldQ2.get("paid").asText()).isEqualTo("12150.00");
        JsonNode fresh = mall.json("leases", "schedule", "L-NEW", "--as-of", "2026-05-16").get("installments");
        assertThat(fresh.get(0).get("paid").asText()).isEqualTo("10800.00");
        assertThat(fresh.get(1).get("paid").asText()).isEqualTo("1620.00");
    }

    @Test
    void a_relocation_of_another_merchant_or_a_lease_not_live_is_refused_and_nothing_changes() {
        CliRun.Result other = mall.run("leases", "create", "--spec",
                mall.write("x.json", NEW.formatted("M-0002", "RELOCATION", "2026-05-16")).toString());
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("same merchant");

        CliRun.Result late = mall.run("leases", "create", "--spec",
                mall.write("y.json", NEW.formatted("M-0001", "RELOCATION", "2027-01-01")).toString());
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("not live");

        CliRun.Result notRelocation = mall.run("leases", "create", "--spec",
                mall.write("z.json", NEW.formatted("M-0001", "NEW", "2026-05-16")).toString());
        assertThat(notRelocation.exitCode()).isEqualTo(65);
        assertThat(notRelocation.err()).contains("relocated_from");

        assertThat(mall.json("leases", "show", "L-OLD").get("status").asText()).isNotEqualTo("TERMINATED");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("LEASED");
        assertThat(mall.run("leases", "show", "L-NEW").exitCode()).isNotZero();
    }
}
