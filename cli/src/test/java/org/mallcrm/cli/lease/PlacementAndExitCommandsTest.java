package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.cli.lease.LeasingCli.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/** Placements and exits through the CLI on a temp database. */
class PlacementAndExitCommandsTest {

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
    }

    @Test
    void a_placement_is_drafted_submitted_approved_and_prefills_the_lease() {
        JsonNode draft = mall.json("placements", "create", "--merchant", "M-0002", "--stall", "1F-A-102", "--stall",
                "1F-A-103", "--by", "招商部-张");
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("leasable_area_m2").asText()).isEqualTo("48.00");
        assertThat(draft.get("rent_per_m2_month").asText()).isEqualTo("160.00");
        assertThat(draft.get("grade").asText()).isEqualTo("B");
        String no = draft.get("placement_no").asText();

        CliRun.Result early = mall.run("placements", "approve", no);
        assertThat(early.exitCode()).isEqualTo(1);
        mall.ok("placements", "submit", no);
        JsonNode approved = mall.json("placements", "approve", no, "--by", "总经理", "--note", "同意");
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(texts(approved.get("trail"), "by")).containsExactly("招商部-张", "staff", "总经理");
        assertThat(mall.json("merchants", "show", "M-0002").get("stage").asText()).isEqualTo("PLACED");

        JsonNode lease = mall.createLease("p.json", """
                {"lease_no": "L-P", "placement_no": "%s", "start": "2026-03-01", "end": "2027-02-28",
                 "billing": "MONTHLY"}""".formatted(no));
        assertThat(lease.get("merchant_no").asText()).isEqualTo("M-0002");
        assertThat(lease.get("stall_nos").toString()).isEqualTo("[\"1F-A-102\",\"1F-A-103\"]");
        assertThat(lease.get("monthly_rent").asText()).isEqualTo("7680.00");
    }

    @Test
    void a_rejected_placement_needs_a_reason_and_cannot_make_a_lease() {
        String no = mall.json("placements", "create", "--merchant", "M-0001", "--stall", "1F-A-101", "--rent",
                "175.00").get("placement_no").asText();
        mall.ok("placements", "submit", no);
        assertThat(mall.run("placements", "reject", no).exitCode()).isEqualTo(64);
        assertThat(mall.json("placements", "reject", no, "--reason", "价格太低").get("status").asText())
                .isEqualTo("REJECTED");

        CliRun.Result r = mall.run("leases", "create", "--spec", mall.write("p.json", """
                {"lease_no": "L-P", "placement_no": "%s", "start": "2026-03-01", "end": "2027-02-28",
                 "billing": "MONTHLY"}""".formatted(no)).toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("REJECTED");
    }

    @Test
    void an_exit_is_settled_against_the_deposit_and_frees_the_stall() {
        mall.createLease("b1.json", LeasingCli.B1);
        mall.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "8190", "--on", "2026-01-15");
        JsonNode x = mall.json("exits", "request", "--lease", "L-2026-0001", "--type", "SURRENDER", "--exit-on",
                "2026-04-14", "--on", "2026-03-20", "--reason", "生意不好");
        assertThat(x.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(x.get("timing").asText()).isEqualTo("EARLY");
        assertThat(mall.json("merchants", "show", "M-0001").get("stage").asText()).isEqualTo("EXITING");
        String no = x.get("exit_no").asText();
        assertThat(mall.run("exits", "settle", no).exitCode()).isEqualTo(1);
        mall.ok("exits", "approve", no);

        JsonNode settled = mall.json("exits", "settle", no, "--damages", "300.00");

        JsonNode s = settled.get("settlement");
        assertThat(settled.get("status").asText()).isEqualTo("SETTLED");
        assertThat(s.get("arrears").asText()).isEqualTo("24570.00");
        assertThat(s.get("damages").asText()).isEqualTo("300.00");
        assertThat(s.get("deposit_held").asText()).isEqualTo("0.00");
        assertThat(s.get("late_fees").asText()).isEqualTo("356.27");
        assertThat(s.get("amount_owed").asText()).isEqualTo("25226.27");
        assertThat(s.get("refund").asText()).isEqualTo("0.00");
        assertThat(mall.json("leases", "show", "L-2026-0001").get("status").asText()).isEqualTo("TERMINATED");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("VACANT");
        assertThat(mall.json("merchants", "show", "M-0001").get("stage").asText()).isEqualTo("EXITED");
        assertThat(mall.json("exits", "show", no).get("settlement").get("owed").asText()).isEqualTo("25226.27");
        // what was due by the exit day is still owed; nothing due after it is asked for
        assertThat(texts(mall.json("reminders", "--as-of", "2026-07-01", "--within", "30"), "seq"))
                .containsExactly("2");
    }

    @Test
    void a_deposit_paid_in_is_kept_against_what_is_owed_and_the_rest_refunded() {
        mall.createLease("b1.json", LeasingCli.B1);
        mall.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "8190", "--on", "2026-01-15");
        mall.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "24570", "--on", "2026-03-16");
        JsonNode paid = mall.json("leases", "deposit", "L-2026-0001", "--amount", "16380.00");
        assertThat(paid.get("deposit_received").asText()).isEqualTo("16380.00");
        CliRun.Result more = mall.run("leases", "deposit", "L-2026-0001", "--amount", "1.00");
        assertThat(more.exitCode()).isEqualTo(1);
        assertThat(more.err()).contains("0.00 is still to pay");

        String no = mall.json("exits", "request", "--lease", "L-2026-0001", "--type", "SURRENDER", "--exit-on",
                "2026-06-14", "--on", "2026-05-01").get("exit_no").asText();
        mall.ok("exits", "approve", no);
        JsonNode s = mall.json("exits", "settle", no, "--damages", "1000.00").get("settlement");

        assertThat(s.get("deposit_held").asText()).isEqualTo("16380.00");
        assertThat(s.get("arrears").asText()).isEqualTo("0.00");
        assertThat(s.get("deposit_applied").asText()).isEqualTo("1000.00");
        assertThat(s.get("refund").asText()).isEqualTo("15380.00");
        assertThat(s.get("amount_owed").asText()).isEqualTo("0.00");
        assertThat(mall.json("leases", "show", "L-2026-0001").get("deposit_held").asText()).isEqualTo("0.00");
    }

    @Test
    void a_withdrawn_exit_brings_the_merchant_back_to_operating() {
        mall.createLease("b1.json", LeasingCli.B1);
        String no = mall.json("exits", "request", "--lease", "L-2026-0001", "--type", "RELOCATION", "--initiator",
                "MALL", "--exit-on", "2027-01-14", "--on", "2026-12-01").get("exit_no").asText();

        JsonNode w = mall.json("exits", "withdraw", no);

        assertThat(w.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(w.get("timing").asText()).isEqualTo("AT_EXPIRY");
        assertThat(mall.json("merchants", "show", "M-0001").get("stage").asText()).isEqualTo("OPERATING");
        assertThat(mall.json("exits", "list")).hasSize(1);
    }
}
