package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.cli.lease.LeasingCli.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.persistence.JooqEarnestMonies;
import org.mallcrm.adapters.persistence.JooqLeases;
import org.mallcrm.adapters.persistence.JooqPlacements;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.service.LeaseService;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.credit.Eligibility;

/** Leases, receipts and reminders through the CLI on a temp database. */
class LeaseCommandsTest {

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
    }

    @Test
    void signing_leases_the_stall_and_moves_the_merchant_to_signed() {
        JsonNode lease = mall.createLease("b1.json", LeasingCli.B1);

        assertThat(lease.get("lease_no").asText()).isEqualTo("L-2026-0001");
        assertThat(lease.get("monthly_rent").asText()).isEqualTo("8190.00");
        assertThat(lease.get("version").asInt()).isEqualTo(1);
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("LEASED");
        JsonNode m = mall.json("merchants", "show", "M-0001");
        assertThat(m.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(texts(m.get("stage_history"), "stage")).containsExactly("NEGOTIATING", "SIGNED");
    }

    @Test
    void a_spec_that_is_not_a_lease_is_bad_data_naming_the_field_not_an_internal_error() {
        CliRun.Result nul = mall.run("leases", "create", "--spec", mall.write("null.json", "null").toString());
        assertThat(nul.exitCode()).as(nul.err()).isEqualTo(65);
        assertThat(nul.err()).contains("must be a JSON object").doesNotContain("Exception", "org.mallcrm", "java.");
        CliRun.Result days = mall.run("leases", "create", "--spec", mall.write("a.json",
                LeasingCli.b1With("{\"advance_days\": \"30\"}")).toString());
        assertThat(days.exitCode()).as(days.err()).isEqualTo(65);
        assertThat(days.err()).contains("advance_days: must be a whole number");
        CliRun.Result date = mall.run("leases", "create", "--spec", mall.write("d.json",
                LeasingCli.b1With("{\"start\": \"+10000-01-01\"}")).toString());
        assertThat(date.exitCode()).as(date.err()).isEqualTo(65);
        assertThat(date.err()).contains("start").contains("YYYY-MM-DD").doesNotContain("Exception");
    }

    @Test
    void the_same_spec_twice_is_unchanged_and_other_terms_under_the_same_number_are_bad_data() {
        mall.createLease("b1.json", LeasingCli.B1);
        mall.createLease("b1.json", LeasingCli.B1);

        CliRun.Result other = mall.run("leases", "create", "--spec",
                mall.write("x.json", LeasingCli.b1With("{\"billing\": \"MONTHLY\"}")).toString());

        assertThat(other.exitCode()).isEqualTo(65);
        assertThat(other.err()).contains("leases amend");
    }

    @Test
    void a_second_lease_overlapping_the_first_on_the_same_stall_is_refused_and_a_later_one_is_not() {
        mall.createLease("b1.json", LeasingCli.B1);

        CliRun.Result overlap = mall.run("leases", "create", "--spec", mall.write("o.json", LeasingCli.b1With("""
                {"lease_no": "L-2", "merchant_no": "M-0002", "start": "2027-01-01", "end": "2027-12-31",
                 "rent_free": []}""")).toString());
        assertThat(overlap.exitCode()).isEqualTo(1);
        assertThat(overlap.err()).contains("L-2026-0001", "never overlap");

        mall.createLease("r.json", LeasingCli.b1With("""
                {"lease_no": "L-3", "kind": "RENEWAL", "start": "2027-01-15", "end": "2028-01-14", "rent_free": []}"""));
        assertThat(mall.json("leases", "list")).hasSize(2);
        CliRun.Result notRenewal = mall.run("leases", "create", "--spec", mall.write("n.json", LeasingCli.b1With("""
                {"lease_no": "L-4", "kind": "RENEWAL", "merchant_no": "M-0002", "start": "2028-01-15",
                 "end": "2029-01-14", "rent_free": []}""")).toString());
        assertThat(notRenewal.exitCode()).isEqualTo(1);
        assertThat(notRenewal.err()).contains("renewal continues a lease of the same merchant");
    }

    @Test
    void stalls_of_leases_that_ran_out_go_back_to_vacant_unless_a_later_lease_holds_them() {
        mall.createLease("b1.json", LeasingCli.B1);
        mall.createLease("b2.json", LeasingCli.b1With("""
                {"lease_no": "L-2", "stall_nos": ["1F-A-102"], "leasable_area_m2": null}"""));
        mall.createLease("r.json", LeasingCli.b1With("""
                {"lease_no": "L-3", "kind": "RENEWAL", "start": "2027-01-15", "end": "2028-01-14", "rent_free": []}"""));

        assertThat(mall.json("leases", "release-expired", "--as-of", "2027-01-14")).isEmpty();
        JsonNode freed = mall.json("leases", "release-expired", "--as-of", "2027-01-15");

        assertThat(texts(freed, "stall_no")).containsExactly("1F-A-102");
        assertThat(mall.json("stalls", "show", "1F-A-102").get("status").asText()).isEqualTo("VACANT");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("LEASED");
    }

    @Test
    void bad_spec_fields_are_each_named_with_exit_65_and_nothing_is_written() {
        CliRun.Result r = mall.run("leases", "create", "--spec", mall.write("bad.json", LeasingCli.b1With("""
                {"billing": "WEEKLY", "start": "2026-13-01", "rent_per_m2_month": "1.234",
                 "merchant_no": "M-0001"}""")).toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("billing", "start", "rent_per_m2_month");
        assertThat(mall.json("leases", "list")).isEmpty();
        assertThat(mall.run("leases", "create", "--spec", dir.resolve("missing.json").toString()).exitCode())
                .isEqualTo(66);
        assertThat(mall.run("leases", "create", "--spec", mall.write("n.json", "{\"colour\": 1}").toString())
                .exitCode()).isEqualTo(65);
    }

    @Test
    void unknown_merchants_and_stalls_not_to_be_leased_are_refused() {
        assertThat(mall.run("leases", "create", "--spec", mall.write("m.json",
                LeasingCli.b1With("{\"merchant_no\": \"M-9999\"}")).toString()).exitCode()).isEqualTo(65);
        CliRun.Result renovating = mall.run("leases", "create", "--spec", mall.write("s.json",
                LeasingCli.b1With("{\"stall_nos\": [\"1F-A-104\"]}")).toString());
        assertThat(renovating.exitCode()).isEqualTo(1);
        assertThat(renovating.err()).contains("RENOVATING");
    }

    @Test
    void a_stall_reserved_by_another_merchant_cannot_be_leased() {
        mall.ok("deposits", "hold", "1F-A-101", "--merchant", "M-0002", "--amount", "5000", "--kind", "PREPAYMENT",
                "--on", "2026-01-05");

        // signed on 2026-01-10, while M-0002's hold (through 2026-02-04) locks the stall
        CliRun.Result r = mall.run("leases", "create", "--spec", mall.write("b1.json",
                LeasingCli.b1With("{\"signing_date\": \"2026-01-10\"}")).toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("reserved", "M-0002");
    }

    @Test
    void a_blacklisted_merchant_is_refused_a_lease() {
        try (AppContext ctx = AppContext.open(org.mallcrm.cli.TestStore.location(dir.resolve("mall.db")),
                Optional.empty())) {
            LeaseService service = new LeaseService(new JooqLeases(ctx.database(), ctx.mallId()), ctx.merchants(),
                    ctx.stalls(), new JooqEarnestMonies(ctx.database(), ctx.mallId()),
                    new JooqPlacements(ctx.database(), ctx.mallId()),
                    (m, d) -> new Eligibility.Refused("a severe record", LocalDate.parse("2027-06-30")),
                    ctx.settingsStore(), ctx.unitOfWork(), ctx.clock());
            LeaseSpec spec = Json.mapper().readValue(LeasingCli.B1, LeaseSpec.class);

            Outcome<?> o = service.create(spec);

            assertThat(o).isInstanceOf(Outcome.Refused.class);
            assertThat(((Outcome.Refused<?>) o).reason()).contains("blacklisted through 2027-06-30");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(mall.json("leases", "list")).isEmpty();
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("VACANT");
    }

    @Test
    void import_leases_is_all_or_nothing_and_idempotent() {
        String good = LeasingCli.B1.replace("\n", " ") + "\n\n"
                + LeasingCli.b1With("{\"lease_no\": \"L-2\", \"merchant_no\": \"M-0002\", \"stall_nos\": [\"1F-A-102\"],"
                + " \"leasable_area_m2\": null}") + "\n";
        String bad = good + "{\"lease_no\": \"L-3\", \"merchant_no\": \"M-0002\"}\nnot json\n";

        CliRun.Result rejected = mall.run("import", "leases", mall.write("bad.jsonl", bad).toString());
        assertThat(rejected.exitCode()).isEqualTo(65);
        assertThat(rejected.err()).contains("4,", "5,");
        assertThat(mall.json("leases", "list")).isEmpty();

        CliRun.Result dry = mall.ok("import", "leases", mall.write("good.jsonl", good).toString(), "--dry-run");
        assertThat(dry.err()).contains("dry run, nothing written");
        assertThat(mall.json("leases", "list")).isEmpty();
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("VACANT");

        CliRun.Result first = mall.ok("leases", "import", dir.resolve("good.jsonl").toString());
        CliRun.Result again = mall.ok("import", "leases", dir.resolve("good.jsonl").toString());
        assertThat(first.err()).contains("imported 2");
        assertThat(again.err()).contains("unchanged 2");
        JsonNode l2 = mall.json("leases", "show", "L-2");
        assertThat(l2.get("leasable_area_m2").asText()).isEqualTo("24.00");
    }

    @Test
    void a_receipt_allocates_oldest_due_first_late_fee_before_rent_and_a_replay_changes_nothing() {
        mall.createLease("b1.json", LeasingCli.B1);

        JsonNode a = mall.json("receipts", "record", "--lease", "L-2026-0001", "--amount", "10000", "--on",
                "2026-01-25", "--method", "TRANSFER", "--receipt-no", "R-1");

        assertThat(a.get("receipt_no").asText()).isEqualTo("R-1");
        assertThat(a.get("amount").asText()).isEqualTo("10000.00");
        JsonNode lines = a.get("allocations");
        assertThat(lines.get(0).get("seq").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("kind").asText()).isEqualTo("LATE_FEE");
        assertThat(lines.get(0).get("amount").asText()).isEqualTo("40.95");
        assertThat(lines.get(1).get("kind").asText()).isEqualTo("RENT");
        assertThat(lines.get(1).get("amount").asText()).isEqualTo("8190.00");
        assertThat(lines.get(2).get("seq").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("amount").asText()).isEqualTo("1769.05");
        assertThat(a.get("credit").asText()).isEqualTo("0.00");

        JsonNode replay = mall.json("receipts", "record", "--lease", "L-2026-0001", "--amount", "10000", "--on",
                "2026-01-25", "--receipt-no", "R-1");
        assertThat(replay).isEqualTo(a);
        assertThat(mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-25").get("installments").get(1)
                .get("paid").asText()).isEqualTo("1769.05");
        CliRun.Result clash = mall.run("receipts", "record", "--lease", "L-2026-0001", "--amount", "5", "--on",
                "2026-01-25", "--receipt-no", "R-1");
        assertThat(clash.exitCode()).isEqualTo(1);
    }

    @Test
    void import_receipts_is_all_or_nothing() {
        mall.createLease("b1.json", LeasingCli.B1);
        String header = "receipt_no,lease_no,received_on,amount,method\n";

        CliRun.Result bad = mall.run("import", "receipts", mall.write("bad.csv", header
                + "R-1,L-2026-0001,2026-01-15,8190.00,CASH\n"
                + "R-2,L-NOPE,2026-01-16,1.00,CASH\n"
                + "R-3,L-2026-0001,2026-02-30,1.00,CASH\n").toString());
        assertThat(bad.exitCode()).isEqualTo(65);
        assertThat(bad.err()).contains("3,lease_no", "4,received_on");
        assertThat(mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-15").get("installments").get(0)
                .get("paid").asText()).isEqualTo("0.00");

        Path good = mall.write("good.csv", header + "R-1,L-2026-0001,2026-01-15,8190.00,CASH\n"
                + "R-2,L-2026-0001,2026-03-16,24570.00,TRANSFER\n");
        assertThat(mall.ok("import", "receipts", good.toString()).err()).contains("imported 2");
        assertThat(mall.ok("import", "receipts", good.toString()).err()).contains("unchanged 2");
        assertThat(texts(mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-03-16")
                .get("installments"), "status")).containsExactly("PAID", "PAID", "SCHEDULED", "SCHEDULED");
    }

    @Test
    void reminders_list_overdue_installments_with_late_fees_and_those_due_soon() {
        mall.createLease("b1.json", LeasingCli.B1);
        mall.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "8190", "--on", "2026-01-15");

        JsonNode r = mall.json("reminders", "--as-of", "2026-03-26", "--within", "7");

        assertThat(r).hasSize(1);
        JsonNode q2 = r.get(0);
        assertThat(q2.get("lease_no").asText()).isEqualTo("L-2026-0001");
        assertThat(q2.get("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(q2.get("seq").asInt()).isEqualTo(2);
        assertThat(q2.get("due_on").asText()).isEqualTo("2026-03-16");
        assertThat(q2.get("outstanding").asText()).isEqualTo("24570.00");
        assertThat(q2.get("days_overdue").asInt()).isEqualTo(10);
        assertThat(q2.get("late_fee").asText()).isEqualTo("122.85");
        assertThat(q2.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(mall.json("reminders", "--as-of", "2026-06-10", "--within", "7")).hasSize(2);
    }
}
