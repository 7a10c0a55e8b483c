package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group report puts the malls side by side, and each mall's figures are what its own commands give: occupancy
 * from its stalls and leases, rent collection from its lease schedules, arrears from its reminders, heads and
 * commission from its reconciliation.
 */
class GroupReportCommandsTest {

    @TempDir
    Path dir;

    static final String FROM = "2026-01-01";
    static final String AS_OF = "2026-06-20";

    void fill(CliRun cli, String mall, String rent, String paid) {
        String stalls = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                + "1F-A-101,1F,A,女装,45.50," + rent + ",VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
                + "1F-A-103,1F,A,童装,24.00,170.00,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
                + "1F-A-104,1F,A,鞋包,30.00,120.00,VACANT,\"POLYGON((16000 0, 20000 0, 20000 6000, 16000 6000, 16000 0))\"\n";
        String merchants = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
                + "M-0001," + mall + "丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
                + "M-0002," + mall + "潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n";
        String b1 = """
                { "lease_no": "L-2026-0001", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-15", "end": "2027-01-14", "rent_per_m2_month": "%s", "billing": "QUARTERLY",
                  "rent_free": [{"from": "2026-01-15", "to": "2026-03-14"}], "management_fee_per_m2_month": "10.00" }
                """.formatted(rent);
        String monthly = """
                { "lease_no": "L-2026-0002", "merchant_no": "M-0002", "stall_nos": ["1F-A-102", "1F-A-103"],
                  "kind": "NEW", "start": "2026-02-01", "end": "2027-01-31", "rent_per_m2_month": "150.00",
                  "billing": "MONTHLY", "advance_days": 0 }
                """;
        String later = """
                { "lease_no": "L-2026-0003", "merchant_no": "M-0002", "stall_nos": ["1F-A-104"], "kind": "NEW",
                  "start": "2026-07-01", "end": "2027-06-30", "rent_per_m2_month": "120.00", "billing": "QUARTERLY" }
                """;
        String trips = ChannelCommandsTest.TRIP_HEADER
                + ChannelCommandsTest.trip("T-001", "CH01", "2026-06-10T09:00", "2026-06-10T11:00", 2)
                + ChannelCommandsTest.trip("T-002", "CH02", "2026-05-10T09:00", "2026-05-10T11:00", 2);
        String scans = ChannelCommandsTest.SCAN_HEADER
                + "S1,CHANNEL,QR-T-001,B1," + ChannelCommandsTest.at("2026-06-10T08:00") + "\n"
                + "S2,CHECKIN,GATE-1,B1," + ChannelCommandsTest.at("2026-06-10T09:30") + "\n"
                + "S3,CHANNEL,QR-T-002," + mall + "-B2," + ChannelCommandsTest.at("2026-05-10T08:05") + "\n"
                + "S4,CHECKIN,GATE-1," + mall + "-B2," + ChannelCommandsTest.at("2026-05-10T09:40") + "\n";
        Path d = dir.resolve(mall);
        try {
            java.nio.file.Files.createDirectories(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        cli.ok("--mall", mall, "import", "stalls", CliRun.write(d, "stalls.csv", stalls).toString());
        cli.ok("--mall", mall, "import", "merchants", CliRun.write(d, "merchants.csv", merchants).toString());
        cli.ok("--mall", mall, "leases", "create", "--spec", CliRun.write(d, "b1.json", b1).toString());
        cli.ok("--mall", mall, "leases", "create", "--spec", CliRun.write(d, "m.json", monthly).toString());
        cli.ok("--mall", mall, "leases", "create", "--spec", CliRun.write(d, "later.json", later).toString());
        cli.ok("--mall", mall, "receipts", "record", "--lease", "L-2026-0001", "--amount", paid, "--on",
                "2026-01-15");
        cli.ok("--mall", mall, "receipts", "record", "--lease", "L-2026-0002", "--amount", "14400.00", "--on",
                "2026-03-05");
        cli.ok("--mall", mall, "import", "trips", CliRun.write(d, "trips.csv", trips).toString());
        cli.ok("--mall", mall, "import", "scans", CliRun.write(d, "scans.csv", scans).toString());
    }

    @Test
    void each_malls_figures_in_the_group_report_are_what_its_own_commands_give() {
        CliRun cli = new CliRun(dir.resolve("group.db"));
        cli.ok("malls", "create", "DM", "--name", "东贸批发商城");
        cli.ok("malls", "create", "YW", "--name", "义乌国际商贸城");
        fill(cli, "DM", "180.00", "9000.00");
        fill(cli, "YW", "210.00", "40000.00");
        cli.ok("--mall", "YW", "settings", "set", "commission.rate_per_head", "25.00");
        // YW has registered buyers and a coupon redeemed in the period (the mall pays 60 % of 50.00), one reversed
        cli.ok("--mall", "YW", "import", "scans", CliRun.write(dir, "b1.csv", ChannelCommandsTest.SCAN_HEADER
                + "S9,CHECKIN,GATE-1,b1," + ChannelCommandsTest.at("2026-06-02T09:00") + "\n").toString());
        cli.ok("--mall", "YW", "merchants", "advance", "M-0001", "--to", "OPERATING");
        System.setProperty("mallcrm.now", "2026-05-30T12:00:00+08:00");
        try {
            cli.ok("--mall", "YW", "import", "buyers", CliRun.write(dir, "buyers.csv",
                    "buyer_id,name,phone,main_category,province,transport_mode\n"
                            + "b1,王芳,13800138001,女装,浙江,COACH\nb2,李强,13800138002,男装,广东,自驾\n").toString());
            cli.ok("--mall", "YW", "campaigns", "create", "--spec", CliRun.write(dir, "c.json", """
                    { "campaign_no": "C-6", "name": "六月满减", "kind": "COUPON",
                      "starts_at": "2026-06-01T00:00:00+08:00", "ends_at": "2026-06-30T23:59:59+08:00",
                      "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "stock": 10,
                                 "per_buyer": 1, "mall_share_pct": "60"} }
                    """).toString());
            cli.ok("--mall", "YW", "campaigns", "start", "C-6");
            for (String buyer : List.of("b1", "b2")) {
                String code = cli.json("--mall", "YW", "coupons", "claim", "--campaign", "C-6", "--buyer", buyer,
                        "--at", "2026-06-02T10:00:00+08:00").get("coupon_code").asText();
                JsonNode r = cli.json("--mall", "YW", "coupons", "redeem", code, "--merchant", "M-0001",
                        "--order-amount", "800.00", "--at", "2026-06-03T15:00:00+08:00");
                if (buyer.equals("b2")) {
                    cli.ok("--mall", "YW", "coupons", "reverse", r.get("redemption_no").asText(), "--at",
                            "2026-06-03T16:00:00+08:00");
                }
            }
        } finally {
            System.clearProperty("mallcrm.now");
        }

        JsonNode group = cli.json("reports", "group", "--from", FROM, "--as-of", AS_OF);

        assertThat(group.get("from").asText()).isEqualTo(FROM);
        assertThat(group.get("as_of").asText()).isEqualTo(AS_OF);
        assertThat(group.get("malls")).extracting(m -> m.get("mall").asText()).containsExactly("DM", "YW");
        BigDecimal billedTotal = BigDecimal.ZERO;
        for (JsonNode m : group.get("malls")) {
            String mall = m.get("mall").asText();
            assertThat(m).as(mall).isEqualTo(cli.json("--mall", mall, "reports", "mall", "--from", FROM, "--as-of",
                    AS_OF));
            checkAgainstOwnCommands(cli, mall, m);
            billedTotal = billedTotal.add(new BigDecimal(m.get("rent_collection").get("billed").asText()));
        }
        JsonNode totals = group.get("totals");
        assertThat(totals.get("mall").isNull()).isTrue();
        assertThat(new BigDecimal(totals.get("rent_collection").get("billed").asText())).isEqualTo(billedTotal);
        assertThat(totals.get("channels").get("commission").asText()).isEqualTo("90.00");
        assertThat(group.get("malls").get(1).get("channels").get("commission").asText()).isEqualTo("50.00");
        // the two malls' figures differ where their data do
        assertThat(group.get("malls").get(0).get("rent_collection"))
                .isNotEqualTo(group.get("malls").get(1).get("rent_collection"));
    }

    private void checkAgainstOwnCommands(CliRun cli, String mall, JsonNode m) {
        LocalDate from = LocalDate.parse(FROM);
        LocalDate asOf = LocalDate.parse(AS_OF);
        // occupancy: active stalls' leasable area, and of it the stalls a lease holds on the day
        BigDecimal leasable = BigDecimal.ZERO;
        BigDecimal leased = BigDecimal.ZERO;
        Set<String> held = new TreeSet<>();
        JsonNode leases = cli.json("--mall", mall, "leases", "list");
        for (JsonNode l : leases) {
            if (!LocalDate.parse(l.get("start").asText()).isAfter(asOf)
                    && !LocalDate.parse(l.get("end").asText()).isBefore(asOf)) {
                l.get("stall_nos").forEach(s -> held.add(s.asText()));
            }
        }
        for (JsonNode s : cli.json("--mall", mall, "stalls", "list")) {
            BigDecimal a = new BigDecimal(s.get("leasable_area_m2").asText());
            leasable = leasable.add(a);
            if (held.contains(s.get("stall_no").asText())) {
                leased = leased.add(a);
            }
        }
        assertThat(m.get("occupancy").get("leasable_area_m2").asText()).isEqualTo(leasable.toPlainString());
        assertThat(m.get("occupancy").get("leased_area_m2").asText()).isEqualTo(leased.toPlainString());
        // on a day when every signed lease has started, it is the floor plan's figure (stalls LEASED)
        JsonNode plan = cli.json("--mall", mall, "stalls", "plan", "--floor", "1F", "--out",
                dir.resolve(mall + ".svg").toString());
        assertThat(plan.get("leasable_area_m2").asText()).isEqualTo(leasable.toPlainString());

        // rent collection: the schedules' installments falling due in the period
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        for (JsonNode l : leases) {
            JsonNode schedule = cli.json("--mall", mall, "leases", "schedule", l.get("lease_no").asText(),
                    "--as-of", AS_OF);
            for (JsonNode i : schedule.get("installments")) {
                LocalDate due = LocalDate.parse(i.get("due_on").asText());
                if (!due.isBefore(from) && !due.isAfter(asOf)) {
                    billed = billed.add(new BigDecimal(i.get("amount").asText()));
                    collected = collected.add(new BigDecimal(i.get("paid").asText()));
                }
            }
        }
        assertThat(m.get("rent_collection").get("billed").asText()).isEqualTo(billed.toPlainString());
        assertThat(m.get("rent_collection").get("collected").asText()).isEqualTo(collected.toPlainString());
        assertThat(billed.signum()).isPositive();

        // arrears by age: the reminders of the day that are past due (one due on the day itself is not in arrears)
        BigDecimal[] ages = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal fees = BigDecimal.ZERO;
        List<Long> seen = new ArrayList<>();
        for (JsonNode r : cli.json("--mall", mall, "reminders", "--as-of", AS_OF, "--within", "0")) {
            long days = r.get("days_overdue").asLong();
            if (days == 0) {
                continue;
            }
            seen.add(days);
            int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
            ages[bucket] = ages[bucket].add(new BigDecimal(r.get("outstanding").asText()));
            fees = fees.add(new BigDecimal(r.get("late_fee").asText()));
        }
        JsonNode arrears = m.get("arrears");
        assertThat(arrears.get("days_0_30").asText()).isEqualTo(ages[0].toPlainString());
        assertThat(arrears.get("days_31_60").asText()).isEqualTo(ages[1].toPlainString());
        assertThat(arrears.get("days_61_90").asText()).isEqualTo(ages[2].toPlainString());
        assertThat(arrears.get("days_over_90").asText()).isEqualTo(ages[3].toPlainString());
        assertThat(arrears.get("late_fees").asText()).isEqualTo(fees.toPlainString());
        assertThat(seen).as("arrears of several ages").anyMatch(d -> d > 90).anyMatch(d -> d <= 30);

        // heads and commission: the reconciliation of the period
        JsonNode totals = cli.json("--mall", mall, "commissions", "reconcile", "--from", FROM, "--to", AS_OF)
                .get("totals");
        assertThat(m.get("channels").get("trips").asInt()).isEqualTo(totals.get("trips").asInt()).isEqualTo(2);
        assertThat(m.get("channels").get("valid_heads").asLong()).isEqualTo(totals.get("valid_heads").asLong());
        assertThat(m.get("channels").get("paid_heads").asLong()).isEqualTo(totals.get("paid_heads").asLong());
        assertThat(m.get("channels").get("commission").asText()).isEqualTo(totals.get("commission").asText());
        // buyers: registered by the as-of day; registered buyers who checked in during the period, as `buyers stats`
        // counts them (b1 in YW; B1 and MALL-B2 are not registered); coupons redeemed in the period that stand and
        // the mall's share of their discounts
        JsonNode buyers = m.get("buyers");
        assertThat(buyers.get("registered").asLong()).isEqualTo(mall.equals("YW") ? 2 : 0);
        long visiting = 0;
        for (JsonNode share : cli.json("--mall", mall, "buyers", "stats", "--by", "category", "--from", FROM, "--to",
                AS_OF)) {
            visiting += share.get("buyers").asLong();
        }
        assertThat(buyers.get("visiting").asLong()).isEqualTo(visiting).isEqualTo(mall.equals("YW") ? 1 : 0);
        assertThat(buyers.get("coupons_redeemed").asLong()).isEqualTo(mall.equals("YW") ? 1 : 0);
        assertThat(buyers.get("coupon_cost").asText()).isEqualTo(mall.equals("YW") ? "30.00" : "0.00");
    }
}
