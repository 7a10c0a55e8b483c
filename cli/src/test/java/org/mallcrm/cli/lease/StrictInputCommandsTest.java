package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.DatabaseFingerprint;

/**
 * What used to slip through: control characters in names, fractional or huge whole numbers, JSON numbers as money,
 * a stored receipt coming back with another method, values beyond the documented limits. Each is bad input, named.
 */
class StrictInputCommandsTest {

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
    }

    private CliRun.Result refused(int exit, String... args) {
        String before = DatabaseFingerprint.of(dir.resolve("mall.db"));
        CliRun.Result r = mall.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(exit);
        assertThat(DatabaseFingerprint.of(dir.resolve("mall.db"))).as("nothing written").isEqualTo(before);
        return r;
    }

    @Test
    void nul_and_control_characters_are_refused_in_names_and_codes() {
        CliRun.Result merchant = refused(65, "import", "merchants", mall.write("m.csv",
                LeasingCli.MERCHANTS.lines().findFirst().orElseThrow() + "\n"
                        + "M-0100,新\u0000商户,张三,13800000100,展会,PROSPECT,,女装,浙江\n"
                        + "M-0101,新商户,张\u001b[31m三,13800000101,展会,PROSPECT,,女装\u0007,浙江\n").toString());
        assertThat(merchant.err()).contains("2,name,").contains("merchant name contains a control character (U+0000)")
                .contains("3,contact_name,").contains("3,business_type,");
        CliRun.Result stall = refused(65, "import", "stalls", mall.write("s.csv", LeasingCli.STALLS.lines()
                .findFirst().orElseThrow() + "\n2F\u0000,2F\u0000,A,女装,20.00,100.00,VACANT,"
                + "\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\"\n").toString());
        assertThat(stall.err()).contains("2,stall_no,").contains("2,floor,");
    }

    @Test
    void characters_that_reorder_a_name_on_screen_are_refused() {
        CliRun.Result merchant = refused(65, "import", "merchants", mall.write("bidi.csv",
                LeasingCli.MERCHANTS.lines().findFirst().orElseThrow() + "\n"
                        + "M-0100,新商户\u202Egpj.exe,张三,13800000100,展会,PROSPECT,,女装,浙江\n"
                        + "M-0101,新商户,张\u2066三,13800000101,展会,PROSPECT,,女装,浙江\n").toString());
        assertThat(merchant.err()).contains("2,name,")
                .contains("merchant name contains a character that reorders the text on screen (U+202E)")
                .contains("3,contact_name,").contains("(U+2066)");
    }

    @Test
    void advance_days_must_be_a_whole_number_within_a_year() {
        CliRun.Result fraction = refused(65, "leases", "create", "--spec",
                mall.write("a.json", LeasingCli.b1With("{\"advance_days\": 30.9}")).toString());
        assertThat(fraction.err()).contains("advance_days: must be a whole number");
        CliRun.Result huge = refused(65, "leases", "create", "--spec",
                mall.write("b.json", LeasingCli.b1With("{\"advance_days\": 100000}")).toString());
        assertThat(huge.err()).contains("advance_days").contains("more than 365 days");
    }

    @Test
    void money_written_as_a_json_number_is_refused_in_spec_files_and_json_lines() {
        CliRun.Result spec = refused(65, "leases", "create", "--spec",
                mall.write("a.json", LeasingCli.b1With("{\"rent_per_m2_month\": 180.5}")).toString());
        assertThat(spec.err()).contains("rent_per_m2_month: must be a string (amounts, areas and rates are strings "
                + "like \"100.50\")");
        CliRun.Result lines = refused(65, "leases", "import", mall.write("l.jsonl",
                LeasingCli.b1With("{\"security_deposit\": 16380}") + "\n").toString());
        assertThat(lines.err()).contains("1,,,").contains("security_deposit: must be a string");
    }

    @Test
    void a_stored_receipt_coming_back_with_another_method_is_a_conflict_not_unchanged() {
        mall.createLease("b1.json", LeasingCli.B1);
        String header = "receipt_no,lease_no,received_on,amount,method\n";
        mall.ok("import", "receipts", mall.write("r1.csv", header + "R-1,L-2026-0001,2026-01-15,8190.00,CASH\n")
                .toString());

        CliRun.Result control = refused(65, "import", "receipts", mall.write("rc.csv", header
                + "R-2,L-2026-0001,2026-01-15,100.00,CA\u0000SH\n").toString());
        assertThat(control.err()).contains("2,method,").contains("method contains a control character (U+0000)");
        CliRun.Result controlOne = refused(65, "receipts", "record", "--lease", "L-2026-0001", "--amount", "1.00",
                "--on", "2026-01-15", "--method", "CASH\u001b[0m");
        assertThat(controlOne.err()).contains("method").contains("control character");

        CliRun.Result again = mall.ok("import", "receipts", mall.write("r2.csv",
                header + "R-1,L-2026-0001,2026-01-15,8190.00,CASH\n").toString());
        assertThat(again.err()).contains("unchanged 1");
        CliRun.Result other = refused(65, "import", "receipts", mall.write("r3.csv",
                header + "R-1,L-2026-0001,2026-01-15,8190.00,WECHAT\n").toString(), "--update");
        assertThat(other.err()).contains("2,,,").contains("R-1 is already recorded").contains("by CASH")
                .contains("never changed");
        CliRun.Result single = refused(1, "receipts", "record", "--lease", "L-2026-0001", "--amount", "8190.00",
                "--on", "2026-01-15", "--method", "TRANSFER", "--receipt-no", "R-1");
        assertThat(single.err()).contains("by CASH");
    }

    @Test
    void values_beyond_the_documented_limits_are_bad_input_naming_the_field_and_the_limit() {
        CliRun.Result end = refused(65, "leases", "create", "--spec", mall.write("e.json",
                LeasingCli.b1With("{\"end\": \"9999-12-31\"}")).toString());
        assertThat(end.err()).contains("end: ").contains("between 1900-01-01 and 2199-12-31");
        CliRun.Result steep = refused(65, "leases", "create", "--spec", mall.write("s.json", LeasingCli.b1With(
                "{\"escalation\": {\"percent\": \"1000000\", \"every_months\": 1, \"anchor\": \"START\", "
                        + "\"compound\": true}}")).toString());
        assertThat(steep.err()).contains("escalation").contains("more than 100 % a step");
        CliRun.Result value = refused(65, "deposits", "hold", "1F-A-102", "--merchant", "M-0002", "--amount",
                "100.00", "--kind", "EARNEST", "--contract-value", "-5");
        assertThat(value.err()).contains("--contract-value").contains("cannot be negative");
    }

    @Test
    void a_bad_value_given_on_the_line_is_named_cut_short_and_with_its_control_characters_visible() {
        mall.createLease("b1.json", LeasingCli.B1);
        CliRun.Result huge = refused(65, "receipts", "record", "--lease", "L-2026-0001", "--amount", "1.00", "--on",
                "2026-01-15", "--method", "X".repeat(100_000));
        assertThat(huge.err()).contains("method: 'XXXX").contains("… (100000 characters)");
        assertThat(huge.err().length()).as(huge.err()).isLessThan(2_000);

        CliRun.Result escape = refused(65, "receipts", "record", "--lease", "L-2026-0001", "--amount", "1.00",
                "--on", "2026-01-15", "--method", "CASH\u001b[2J");
        assertThat(escape.err()).contains("'CASH\\u001B[2J'").doesNotContain("\u001b");
    }

    @Test
    void an_escape_code_typed_on_the_line_is_shown_not_played_in_any_error() {
        CliRun.Result refused = mall.run("tokens", "revoke", "\u001b[2Jx");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("'\\u001B[2Jx'").doesNotContain("\u001b");
        CliRun.Result usage = mall.run("reminders", "--as-of", "\u001b[31m2026");
        assertThat(usage.exitCode()).isEqualTo(64);
        assertThat(usage.err()).contains("--as-of").contains("\\u001B[31m2026").doesNotContain("\u001b");
        CliRun.Result unmatched = mall.run("reminders", "\u0007extra");
        assertThat(unmatched.exitCode()).isEqualTo(64);
        assertThat(unmatched.err()).contains("\\u0007extra").doesNotContain("\u0007");
    }
}
