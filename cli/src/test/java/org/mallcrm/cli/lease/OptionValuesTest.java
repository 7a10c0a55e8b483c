package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/**
 * A value on the command line of the wrong form is a usage error (64), a well-formed value beyond a limit is bad input
 * (65); either is said plainly, naming the option, alike for every command.
 */
class OptionValuesTest {

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
        mall.createLease("b1.json", LeasingCli.B1);
    }

    private void refused(int exit, String expected, String... args) {
        CliRun.Result r = mall.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(exit);
        assertThat(r.err().strip()).as(String.join(" ", args)).isEqualTo("error: " + expected);
    }

    private void malformed(String expected, String... args) {
        refused(64, expected, args);
    }

    private void badValue(String expected, String... args) {
        refused(65, expected, args);
    }

    @Test
    void a_date_that_is_not_one_is_64_and_one_out_of_range_is_65_for_every_command() {
        String notADate = "'2026-02-30' is not a date (YYYY-MM-DD, e.g. 2026-03-01)";
        malformed("--on: " + notADate, "receipts", "record", "--lease", "L-2026-0001", "--amount", "1", "--on",
                "2026-02-30");
        malformed("--as-of: " + notADate, "reminders", "--as-of", "2026-02-30");
        malformed("--as-of: " + notADate, "leases", "schedule", "L-2026-0001", "--as-of", "2026-02-30");
        malformed("--on: " + notADate, "deposits", "hold", "1F-A-102", "--merchant", "M-0002", "--amount", "1",
                "--kind", "EARNEST", "--on", "2026-02-30");
        malformed("--from: " + notADate, "commissions", "reconcile",
                "--from", "2026-02-30", "--to", "2026-03-31");
        badValue("--on: '+999999999-12-31' is outside the dates the mall keeps, 1900-01-01 to 2199-12-31",
                "receipts", "record", "--lease", "L-2026-0001", "--amount", "1", "--on", "+999999999-12-31");
    }

    @Test
    void an_amount_that_is_not_one_is_64_and_one_beyond_the_limit_is_65() {
        malformed("--amount: amount '12.345' has more than 2 decimal places", "receipts", "record", "--lease",
                "L-2026-0001", "--amount", "12.345", "--on", "2026-03-01");
        malformed("--amount: amount 'abc' is not a number", "receipts", "record", "--lease", "L-2026-0001",
                "--amount", "abc", "--on", "2026-03-01");
        malformed("--amount: amount '100.' has no digit after the decimal point; write 100", "receipts", "record",
                "--lease", "L-2026-0001", "--amount", "100.", "--on", "2026-03-01");
        malformed("--amount: amount '.5' has no digit before the decimal point; write 0.5", "receipts", "record",
                "--lease", "L-2026-0001", "--amount", ".5", "--on", "2026-03-01");
        malformed("--amount: amount '+5' has a '+' sign; write the number without it", "deposits", "hold",
                "1F-A-102", "--merchant", "M-0002", "--amount", "+5", "--kind", "EARNEST");
        malformed("--amount: amount '1e3' is not a number", "receipts", "record", "--lease", "L-2026-0001",
                "--amount", "1e3", "--on", "2026-03-01");
        badValue("--amount: '92233720368547758.07' is more than the limit of 1000000000.00", "deposits", "hold",
                "1F-A-102", "--merchant", "M-0002", "--amount", "92233720368547758.07", "--kind", "EARNEST");
        badValue("--amount: '-5.00' cannot be negative", "receipts", "record", "--lease", "L-2026-0001",
                "--amount", "-5", "--on", "2026-03-01");
    }

    @Test
    void a_number_or_a_choice_that_is_not_one_is_64() {
        malformed("--within: 'soon' is not a whole number", "reminders", "--within", "soon");
        CliRun.Result kind = mall.run("deposits", "hold", "1F-A-102", "--merchant", "M-0002", "--amount", "1",
                "--kind", "DOWNPAYMENT");
        assertThat(kind.exitCode()).isEqualTo(64);
        assertThat(kind.err()).startsWith("error: --kind: ").contains("DOWNPAYMENT").doesNotContain("Exception");
    }

    @Test
    void an_unknown_or_missing_option_is_usage_64() {
        CliRun.Result unknown = mall.run("receipts", "record", "--lease", "L-2026-0001", "--amount", "1", "--on",
                "2026-03-01", "--colour", "red");
        assertThat(unknown.exitCode()).isEqualTo(64);
        CliRun.Result missing = mall.run("receipts", "record", "--lease", "L-2026-0001", "--on", "2026-03-01");
        assertThat(missing.exitCode()).isEqualTo(64);
        assertThat(missing.err()).contains("--amount");
    }
}
