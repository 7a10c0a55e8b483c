package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/**
 * Issue 14's worked scenario: 20,000 EARNEST held on 1F-A-101, B1 signed (offset), receipts 5,000 + 9,000 + 24,570
 * + 30,000 leave credit 6,327.92, the deposit is paid in, and the exit with damages 1,234.56 refunds 21,473.36 — the
 * credit included. The lease then holds no credit and takes no more receipts.
 */
class ExitCreditCommandsTest {

    @TempDir
    Path dir;

    @Test
    void an_exit_refunds_the_credit_and_the_ended_lease_keeps_none_and_takes_no_more_receipts() {
        LeasingCli mall = new LeasingCli(dir);
        mall.ok("deposits", "hold", "1F-A-101", "--merchant", "M-0001", "--amount", "20000", "--kind", "EARNEST",
                "--on", "2026-01-10");
        mall.createLease("b1.json", LeasingCli.b1With("{\"signing_date\": \"2026-01-10\"}"));
        String[][] receipts = {{"5000", "2026-03-20", "0.00"}, {"9000", "2026-05-04", "0.00"},
            {"24570", "2026-06-21", "0.00"}, {"30000", "2026-09-21", "6327.92"}};
        for (String[] r : receipts) {
            JsonNode a = mall.json("receipts", "record", "--lease", "L-2026-0001", "--amount", r[0], "--on", r[1]);
            assertThat(a.get("credit").asText()).as(r[1]).isEqualTo(r[2]);
        }
        mall.ok("leases", "deposit", "L-2026-0001", "--amount", "16380.00");
        String no = mall.json("exits", "request", "--lease", "L-2026-0001", "--type", "SURRENDER", "--exit-on",
                "2027-01-14", "--on", "2026-12-01").get("exit_no").asText();
        mall.ok("exits", "approve", no);

        JsonNode s = mall.json("exits", "settle", no, "--damages", "1234.56").get("settlement");

        assertThat(s.get("deposit_held").asText()).isEqualTo("16380.00");
        assertThat(s.get("credit").asText()).isEqualTo("6327.92");
        assertThat(s.get("arrears").asText()).isEqualTo("0.00");
        assertThat(s.get("late_fees").asText()).isEqualTo("0.00");
        assertThat(s.get("damages").asText()).isEqualTo("1234.56");
        assertThat(s.get("deposit_applied").asText()).isEqualTo("0.00");
        assertThat(s.get("refund").asText()).isEqualTo("21473.36");
        JsonNode lease = mall.json("leases", "show", "L-2026-0001");
        assertThat(lease.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(lease.get("credit").asText()).isEqualTo("0.00");
        assertThat(lease.get("credit_refunded").asText()).isEqualTo("5093.36");
        assertThat(lease.get("deposit_held").asText()).isEqualTo("0.00");

        CliRun.Result late = mall.run("receipts", "record", "--lease", "L-2026-0001", "--amount", "100.00", "--on",
                "2027-01-20");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("L-2026-0001 ended on 2027-01-14 (TERMINATED) and owes nothing");
        assertThat(mall.json("leases", "show", "L-2026-0001").get("credit").asText()).isEqualTo("0.00");
    }

    @Test
    void an_ended_lease_still_takes_what_it_owes_and_not_a_fen_more() {
        LeasingCli mall = new LeasingCli(dir);
        mall.createLease("b1.json", LeasingCli.B1);
        mall.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "8190", "--on", "2026-01-15");
        String no = mall.json("exits", "request", "--lease", "L-2026-0001", "--type", "SURRENDER", "--exit-on",
                "2026-04-14", "--on", "2026-03-20").get("exit_no").asText();
        mall.ok("exits", "approve", no);
        JsonNode s = mall.json("exits", "settle", no).get("settlement");
        assertThat(s.get("amount_owed").asText()).isEqualTo("24926.27");

        CliRun.Result tooMuch = mall.run("receipts", "record", "--lease", "L-2026-0001", "--amount", "30000.00",
                "--on", "2026-04-14");
        assertThat(tooMuch.exitCode()).isEqualTo(1);
        assertThat(tooMuch.err()).contains("still owes 24926.27 on 2026-04-14");
        JsonNode paid = mall.json("receipts", "record", "--lease", "L-2026-0001", "--amount", "24926.27", "--on",
                "2026-04-14");
        assertThat(paid.get("credit").asText()).isEqualTo("0.00");
        assertThat(mall.run("receipts", "record", "--lease", "L-2026-0001", "--amount", "0.01", "--on",
                "2026-04-15").exitCode()).isEqualTo(1);
    }
}
