package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.cli.lease.LeasingCli.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples B1, B4, B5 and C1 of domain-rules.md, end to end through the CLI on a temp database. */
class WorkedExamplesCliTest {

    @TempDir
    Path dir;
    LeasingCli mall;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
    }

    @Test
    void b1_quarterly_in_advance_with_rent_free_and_escalation_after_the_end() {
        mall.createLease("b1.json", LeasingCli.B1);

        JsonNode s = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-01");

        assertThat(s.get("lease_no").asText()).isEqualTo("L-2026-0001");
        assertThat(s.get("monthly_rent").asText()).isEqualTo("8190.00");
        assertThat(s.get("total").asText()).isEqualTo("81900.00");
        JsonNode i = s.get("installments");
        assertThat(texts(i, "seq")).containsExactly("1", "2", "3", "4");
        assertThat(texts(i, "period_start")).containsExactly("2026-01-15", "2026-04-15", "2026-07-15", "2026-10-15");
        assertThat(texts(i, "period_end")).containsExactly("2026-04-14", "2026-07-14", "2026-10-14", "2027-01-14");
        assertThat(texts(i, "amount")).containsExactly("8190.00", "24570.00", "24570.00", "24570.00");
        assertThat(texts(i, "due_on")).containsExactly("2026-01-15", "2026-03-16", "2026-06-15", "2026-09-15");
        assertThat(texts(i, "paid")).containsOnly("0.00");
        assertThat(texts(i, "status")).containsOnly("SCHEDULED");
        assertThat(i.get(0).get("amount").isTextual()).isTrue();
    }

    @Test
    void escalation_at_the_rent_start_without_a_rent_start_date_counts_from_the_day_after_the_rent_free_start() {
        String spec = """
                {"stall_nos": ["1F-A-101"], "start": "2026-03-01", "end": "2028-02-29", "leasable_area_m2": "40.00",
                 "rent_per_m2_month": "200.00", "billing": "QUARTERLY", "security_deposit": "0.00",
                 "rent_free": [{"from": "2026-03-01", "to": "2026-04-30"}],
                 "escalation": {"percent": "5", "every_months": 12, "anchor": "%s", "compound": true}}""";
        mall.createLease("rent-start.json", LeasingCli.b1With(spec.formatted("RENT_START")));
        mall.createLease("start.json", LeasingCli.b1With(spec.formatted("START").replace(
                "{\"stall_nos\": [\"1F-A-101\"]", "{\"lease_no\": \"L-2026-0002\", \"stall_nos\": [\"1F-A-102\"]")));

        JsonNode atRentStart = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-01");
        assertThat(atRentStart.get("installments").get(4).get("period_start").asText()).isEqualTo("2027-03-01");
        assertThat(atRentStart.get("installments").get(4).get("amount").asText()).isEqualTo("24400.00");
        assertThat(atRentStart.get("total").asText()).isEqualTo("180000.00");

        JsonNode atStart = mall.json("leases", "schedule", "L-2026-0002", "--as-of", "2026-01-01");
        assertThat(atStart.get("installments").get(4).get("amount").asText()).isEqualTo("25200.00");
        assertThat(atStart.get("total").asText()).isEqualTo("180800.00");
    }

    @Test
    void b4_month_ends_are_anchored_on_the_start_and_a_per_day_price_bills_actual_days() {
        mall.createLease("b4.json", LeasingCli.b1With("""
                {"start": "2026-01-31", "end": "2027-01-30", "billing": "MONTHLY", "rent_free": [],
                 "escalation": null}"""));
        JsonNode monthly = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-01");
        assertThat(texts(monthly.get("installments"), "period_start").subList(0, 5))
                .containsExactly("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31");
        assertThat(monthly.get("installments")).hasSize(12);
        assertThat(monthly.get("installments").get(11).get("period_end").asText()).isEqualTo("2027-01-30");

        mall.createLease("day.json", LeasingCli.b1With("""
                {"lease_no": "L-DAY", "stall_nos": ["1F-A-102"], "start": "2026-02-01", "end": "2028-02-29",
                 "billing": "MONTHLY", "rent_free": [], "escalation": null, "rent_per_m2_month": null,
                 "rent_per_m2_day": "6.00"}"""));
        JsonNode daily = mall.json("leases", "schedule", "L-DAY", "--as-of", "2026-01-01").get("installments");
        assertThat(daily.get(0).get("period_start").asText()).isEqualTo("2026-02-01");
        assertThat(daily.get(0).get("amount").asText()).isEqualTo("7644.00");
        JsonNode feb2028 = daily.get(daily.size() - 1);
        assertThat(feb2028.get("period_start").asText()).isEqualTo("2028-02-01");
        assertThat(feb2028.get("amount").asText()).isEqualTo("7917.00");
    }

    @Test
    void b5_ratio_plans_split_the_total_with_the_last_part_taking_the_remainder() {
        mall.createLease("r1.json", LeasingCli.b1With("{\"ratios\": [\"30\", \"30\", \"40\"]}"));
        mall.createLease("r2.json", LeasingCli.b1With("""
                {"lease_no": "L-2026-0002", "stall_nos": ["1F-A-102"], "leasable_area_m2": "45.50",
                 "ratios": ["33.33", "33.33", "33.34"]}"""));

        assertThat(texts(mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-01")
                .get("installments"), "amount")).containsExactly("24570.00", "24570.00", "32760.00");
        assertThat(texts(mall.json("leases", "schedule", "L-2026-0002", "--as-of", "2026-01-01")
                .get("installments"), "amount")).containsExactly("27297.27", "27297.27", "27305.46");
    }

    @Test
    void b5_a_free_month_amendment_extends_the_end_and_keeps_issued_installments() {
        mall.createLease("b1.json", LeasingCli.B1);
        JsonNode before = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-07-15");

        JsonNode report = mall.json("leases", "amend", "L-2026-0001", "--spec", mall.write("a.json", """
                {"amendment_no": "A-1", "effective_on": "2026-07-15", "note": "one free month",
                 "changes": [{"type": "FREE_EXTENSION", "months": 1}]}""").toString());

        assertThat(report.get("end_before").asText()).isEqualTo("2027-01-14");
        assertThat(report.get("end_after").asText()).isEqualTo("2027-02-14");
        assertThat(report.get("version").asInt()).isEqualTo(2);
        JsonNode after = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-07-15");
        JsonNode i = after.get("installments");
        for (int k = 0; k < 4; k++) {
            assertThat(i.get(k)).as("installment %d", k + 1).isEqualTo(before.get("installments").get(k));
        }
        JsonNode added = i.get(i.size() - 1);
        assertThat(added.get("period_start").asText()).isEqualTo("2027-01-15");
        assertThat(added.get("period_end").asText()).isEqualTo("2027-02-14");
        assertThat(added.get("amount").asText()).isEqualTo("0.00");
        assertThat(after.get("total").asText()).isEqualTo("81900.00");
        assertThat(mall.json("leases", "show", "L-2026-0001").get("end").asText()).isEqualTo("2027-02-14");
    }

    @Test
    void c1_earnest_forfeited_when_the_merchant_walks_away_keeps_the_cap_and_refunds_the_excess() {
        JsonNode held = mall.json("deposits", "hold", "1F-A-101", "--merchant", "M-0001", "--amount", "20000",
                "--kind", "EARNEST", "--contract-value", "81900.00", "--on", "2026-01-05");
        assertThat(held.get("earnest_part").asText()).isEqualTo("16380.00");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("RESERVED");

        JsonNode f = mall.json("deposits", "forfeit", held.get("deposit_no").asText());

        assertThat(f.get("forfeited").asText()).isEqualTo("16380.00");
        assertThat(f.get("refunded").asText()).isEqualTo("3620.00");
        assertThat(f.get("pay_back").asText()).isEqualTo("3620.00");
        assertThat(f.get("status").asText()).isEqualTo("FORFEITED");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("VACANT");
    }

    @Test
    void c1_the_mall_walking_away_pays_back_double_the_earnest_plus_the_excess() {
        JsonNode held = mall.json("deposits", "hold", "1F-A-101", "--merchant", "M-0001", "--amount", "20000",
                "--kind", "EARNEST", "--contract-value", "81900.00", "--on", "2026-01-05");

        JsonNode d = mall.json("deposits", "return-double", held.get("deposit_no").asText());

        assertThat(d.get("pay_back").asText()).isEqualTo("36380.00");
        assertThat(d.get("status").asText()).isEqualTo("DOUBLE_RETURNED");
    }

    @Test
    void c1_a_prepayment_is_refunded_in_full_either_way() {
        String no = mall.json("deposits", "hold", "1F-A-101", "--merchant", "M-0001", "--amount", "20000",
                "--kind", "PREPAYMENT", "--contract-value", "81900.00", "--on", "2026-01-05")
                .get("deposit_no").asText();
        String other = mall.json("deposits", "hold", "1F-A-102", "--merchant", "M-0001", "--amount", "20000",
                "--kind", "PREPAYMENT", "--on", "2026-01-05").get("deposit_no").asText();

        assertThat(mall.json("deposits", "forfeit", no).get("pay_back").asText()).isEqualTo("20000.00");
        assertThat(mall.json("deposits", "return-double", other).get("pay_back").asText()).isEqualTo("20000.00");
    }

    @Test
    void c1_signing_consumes_the_hold_and_offsets_the_oldest_installments() {
        String no = mall.json("deposits", "hold", "1F-A-101", "--merchant", "M-0001", "--amount", "20000",
                "--kind", "EARNEST", "--on", "2026-01-05").get("deposit_no").asText();

        mall.createLease("b1.json", LeasingCli.b1With("{\"signing_date\": \"2026-01-10\"}"));

        JsonNode i = mall.json("leases", "schedule", "L-2026-0001", "--as-of", "2026-01-15").get("installments");
        assertThat(i.get(0).get("paid").asText()).isEqualTo("8190.00");
        assertThat(i.get(0).get("status").asText()).isEqualTo("PAID");
        assertThat(i.get(1).get("paid").asText()).isEqualTo("11810.00");
        assertThat(i.get(1).get("outstanding").asText()).isEqualTo("12760.00");
        JsonNode deposit = mall.json("deposits", "show", no);
        assertThat(deposit.get("status").asText()).isEqualTo("APPLIED");
        assertThat(deposit.get("offset").asText()).isEqualTo("20000.00");
        assertThat(deposit.get("held").asText()).isEqualTo("0.00");
        assertThat(deposit.get("applied_to").asText()).isEqualTo("L-2026-0001");
        assertThat(mall.json("stalls", "show", "1F-A-101").get("status").asText()).isEqualTo("LEASED");
    }
}
