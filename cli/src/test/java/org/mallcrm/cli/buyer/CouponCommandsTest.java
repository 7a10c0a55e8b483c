package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;

/**
 * Campaigns and coupons through the CLI: F1 and F2 of domain-rules.md §7 with {@code --at}, the refusals (exit 1
 * with the reason code), bad input (exit 65 naming the field), reversals and the subsidy statement.
 */
class CouponCommandsTest {

    static final String F1 = """
            { "campaign_no": "C-2026-10", "name": "国庆满减", "kind": "COUPON",
              "starts_at": "2026-10-01T00:00:00+08:00", "ends_at": "2026-10-07T23:59:59+08:00",
              "audience": {"provinces": [], "categories": [], "segments": [], "channels": []},
              "capacity": null,
              "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "percent_off": null,
                         "cap": null, "stock": 3, "per_buyer": 2, "valid_days": null, "merchants": null,
                         "business_types": null, "mall_share_pct": "60"} }
            """;
    static final String F2 = """
            { "campaign_no": "C-F2", "name": "九折封顶", "kind": "COUPON",
              "starts_at": "2026-10-01T00:00:00+08:00", "ends_at": "2026-10-31T23:59:59+08:00",
              "coupon": {"face": "PERCENT_OFF", "percent_off": "10", "cap": "80.00", "stock": 100, "per_buyer": 1,
                         "mall_share_pct": "60"} }
            """;
    static final String BUYERS = "buyer_id,name,phone,main_category,province,transport_mode\n"
            + "b1,王芳,13800138001,女装,浙江,COACH\n"
            + "b2,李强,13800138002,男装,广东省,自驾\n"
            + "b3,张伟,13800138003,,,\n";

    @TempDir
    Path dir;
    MarketingCli mall;

    @BeforeEach
    void setUp() {
        mall = new MarketingCli(dir);
        mall.ok("import", "buyers", mall.write("buyers.csv", BUYERS).toString());
        MarketingCli.now("2026-09-30T12:00:00+08:00");
    }

    @AfterEach
    void clock() {
        MarketingCli.realTime();
    }

    private String claim(String campaign, String buyer, String at) {
        return mall.json("coupons", "claim", "--campaign", campaign, "--buyer", buyer, "--at", at).get("coupon_code")
                .asText();
    }

    /** A refused command: exit 1 and {@code {"refused": CODE, …}} on stderr. */
    private String refused(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        CliRun.Result r = mall.run(all);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        JsonNode e = Json.mapper().readTree(r.err());
        assertThat(e.get("detail").asText()).isNotBlank();
        return e.get("refused").asText();
    }

    private JsonNode redeem(String code, String merchant, String amount, String at) {
        return mall.json("coupons", "redeem", code, "--merchant", merchant, "--order-amount", amount, "--at", at);
    }

    @Test
    void f1_claims_redemptions_settlement_and_metrics() throws Exception {
        JsonNode created = mall.json("campaigns", "create", "--spec", mall.write("f1.json", F1).toString());
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        assertThat(mall.json("campaigns", "start", "C-2026-10").get("status").asText()).isEqualTo("RUNNING");

        String b1a = claim("C-2026-10", "b1", "2026-10-01T10:00:00+08:00");
        String b1b = claim("C-2026-10", "b1", "2026-10-01T10:05:00+08:00");
        assertThat(refused("coupons", "claim", "--campaign", "C-2026-10", "--buyer", "b1", "--at",
                "2026-10-01T10:06:00+08:00")).isEqualTo("PER_BUYER_LIMIT");
        String b2 = claim("C-2026-10", "b2", "2026-10-01T11:00:00+08:00");
        assertThat(refused("coupons", "claim", "--campaign", "C-2026-10", "--buyer", "b3", "--at",
                "2026-10-01T12:00:00+08:00")).isEqualTo("OUT_OF_STOCK");

        JsonNode first = redeem(b1a, "M-0001", "1280.00", "2026-10-02T15:00:00+08:00");
        assertThat(first.get("discount").asText()).isEqualTo("50.00");
        assertThat(first.get("mall_share").asText()).isEqualTo("30.00");
        assertThat(first.get("merchant_share").asText()).isEqualTo("20.00");
        assertThat(first.get("redeemed_at").asText()).isEqualTo("2026-10-02T15:00:00+08:00");
        assertThat(refused("coupons", "redeem", b1b, "--merchant", "M-0002", "--order-amount", "499.99", "--at",
                "2026-10-03T10:00:00+08:00")).isEqualTo("BELOW_THRESHOLD");
        JsonNode second = redeem(b2, "M-0001", "500.00", "2026-10-04T10:00:00+08:00");
        assertThat(second.get("mall_share").asText()).isEqualTo("30.00");
        assertThat(refused("coupons", "redeem", b2, "--merchant", "M-0001", "--order-amount", "600.00", "--at",
                "2026-10-04T10:01:00+08:00")).isEqualTo("ALREADY_REDEEMED");
        assertThat(refused("coupons", "redeem", b1b, "--merchant", "M-0002", "--order-amount", "800.00", "--at",
                "2026-10-08T00:00:00+08:00")).isEqualTo("EXPIRED");

        MarketingCli.now("2026-11-02T09:00:00+08:00");
        JsonNode statement = mall.json("subsidies", "statement", "--merchant", "M-0001", "--month", "2026-10");
        assertThat(statement.get("status").asText()).isEqualTo("DRAFT");
        assertThat(statement.get("total").asText()).isEqualTo("60.00");
        JsonNode closed = mall.json("subsidies", "statement", "--merchant", "M-0001", "--month", "2026-10", "--close");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("total").asText()).isEqualTo("60.00");
        assertThat(closed.get("lines")).hasSize(2);

        JsonNode stats = mall.json("campaigns", "stats", "C-2026-10");
        assertThat(stats.get("claimed").asLong()).isEqualTo(3);
        assertThat(stats.get("redeemed").asLong()).isEqualTo(2);
        assertThat(stats.get("redemption_rate_pct").asText()).isEqualTo("66.67");
        assertThat(stats.get("gmv").asText()).isEqualTo("1780.00");
        assertThat(stats.get("discount").asText()).isEqualTo("100.00");
        assertThat(stats.get("mall_cost").asText()).isEqualTo("60.00");
        assertThat(stats.get("roi").asText()).isEqualTo("29.67");
        assertThat(mall.json("campaigns", "show", "C-2026-10").get("status").asText()).isEqualTo("ENDED");
        assertThat(mall.json("coupons", "list", "--campaign", "C-2026-10", "--status", "EXPIRED")).hasSize(1);
    }

    @Test
    void f2_percent_off_capped_and_split() {
        mall.ok("campaigns", "create", "--spec", mall.write("f2.json", F2).toString());
        mall.ok("campaigns", "start", "C-F2");
        String b1 = claim("C-F2", "b1", "2026-10-02T10:00:00+08:00");
        String b2 = claim("C-F2", "b2", "2026-10-02T10:00:00+08:00");

        JsonNode capped = redeem(b1, "M-0001", "1234.56", "2026-10-03T10:00:00+08:00");
        assertThat(capped.get("discount").asText()).isEqualTo("80.00");
        assertThat(capped.get("mall_share").asText()).isEqualTo("48.00");
        assertThat(capped.get("merchant_share").asText()).isEqualTo("32.00");
        JsonNode plain = redeem(b2, "M-0002", "555.55", "2026-10-03T10:00:00+08:00");
        assertThat(plain.get("discount").asText()).isEqualTo("55.56");
        assertThat(plain.get("mall_share").asText()).isEqualTo("33.34");
        assertThat(plain.get("merchant_share").asText()).isEqualTo("22.22");
    }

    @Test
    void bad_input_is_65_naming_the_field_and_a_guessed_code_is_unknown() throws Exception {
        mall.ok("campaigns", "create", "--spec", mall.write("f2.json", F2).toString());
        mall.ok("campaigns", "start", "C-F2");
        String code = claim("C-F2", "b1", "2026-10-02T10:00:00+08:00");

        CliRun.Result threeDecimals = mall.run("coupons", "redeem", code, "--merchant", "M-0001", "--order-amount",
                "100.005");
        assertThat(threeDecimals.exitCode()).isEqualTo(65);
        assertThat(threeDecimals.err()).contains("order_amount");
        CliRun.Result negative = mall.run("coupons", "redeem", code, "--merchant", "M-0001", "--order-amount",
                "-5.00");
        assertThat(negative.exitCode()).isEqualTo(65);
        assertThat(negative.err()).contains("order_amount");
        CliRun.Result malformed = mall.run("coupons", "redeem", "NOT-A-CODE", "--merchant", "M-0001",
                "--order-amount", "100.00");
        assertThat(malformed.exitCode()).isEqualTo(65);
        assertThat(malformed.err()).contains("coupon_code");
        String guessed = org.mallcrm.domain.coupon.CouponCode.fromBits(42L).value();
        assertThat(refused("coupons", "redeem", guessed, "--merchant", "M-0001", "--order-amount", "100.00",
                "--at", "2026-10-03T10:00:00+08:00")).isEqualTo("UNKNOWN_CODE");
        assertThat(refused("coupons", "redeem", code, "--merchant", "M-0003", "--order-amount", "100.00", "--at",
                "2026-10-03T10:00:00+08:00")).isEqualTo("MERCHANT_NOT_PARTICIPATING");
        CliRun.Result badAt = mall.run("coupons", "claim", "--campaign", "C-F2", "--buyer", "b2", "--at", "tomorrow");
        assertThat(badAt.exitCode()).isEqualTo(65);
        assertThat(badAt.err()).contains("--at");
        CliRun.Result escapedAt = mall.run("coupons", "claim", "--campaign", "C-F2", "--buyer", "b2", "--at",
                "\u001b[2J" + "9".repeat(10_000));
        assertThat(escapedAt.exitCode()).isEqualTo(65);
        assertThat(escapedAt.err()).contains("'\\u001B[2J999").contains("characters)").doesNotContain("\u001b");
        assertThat(escapedAt.err().length()).as(escapedAt.err()).isLessThan(2_000);
        CliRun.Result table = mall.run("coupons", "redeem", guessed, "--merchant", "M-0001", "--order-amount",
                "100.00", "--at", "2026-10-03T10:00:00+08:00");
        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.err()).startsWith("refused (UNKNOWN_CODE): ");

        String backwards = F2.replace("\"C-F2\"", "\"C-BACK\"").replace("2026-10-31T23:59:59+08:00",
                "2026-09-30T00:00:00+08:00");
        CliRun.Result window = mall.run("campaigns", "create", "--spec", mall.write("back.json", backwards).toString());
        assertThat(window.exitCode()).isEqualTo(65);
        assertThat(window.err()).contains("ends_at");
        assertThat(mall.run("campaigns", "show", "C-BACK").exitCode()).isEqualTo(1);
    }

    @Test
    void a_redemption_one_second_after_validity_and_a_reversal_after_24_hours_are_refused() throws Exception {
        mall.ok("campaigns", "create", "--spec", mall.write("f1.json", F1).toString());
        mall.ok("campaigns", "start", "C-2026-10");
        String code = claim("C-2026-10", "b1", "2026-10-01T10:00:00+08:00");
        assertThat(refused("coupons", "redeem", code, "--merchant", "M-0001", "--order-amount", "600.00", "--at",
                "2026-10-08T00:00:01+08:00")).isEqualTo("EXPIRED");
        JsonNode r = redeem(code, "M-0001", "600.00", "2026-10-07T23:59:59+08:00");
        String no = r.get("redemption_no").asText();

        MarketingCli.now("2026-10-09T00:00:00+08:00");
        assertThat(refused("coupons", "reverse", no)).isEqualTo("REVERSAL_WINDOW_CLOSED");
        MarketingCli.now("2026-10-08T10:00:00+08:00");
        JsonNode reversed = mall.json("coupons", "reverse", no);
        assertThat(reversed.get("coupon_status").asText()).isEqualTo("EXPIRED");
        assertThat(refused("coupons", "reverse", no)).isEqualTo("ALREADY_REVERSED");
        assertThat(mall.run("coupons", "reverse", no, "--merchant", "M-0002").exitCode()).isEqualTo(1);
    }

    @Test
    void the_reversal_window_is_the_malls_setting_at_the_moment_of_the_reversal() throws Exception {
        mall.ok("campaigns", "create", "--spec", mall.write("f1.json", F1).toString());
        mall.ok("campaigns", "start", "C-2026-10");
        String first = redeem(claim("C-2026-10", "b1", "2026-10-01T10:00:00+08:00"), "M-0001", "600.00",
                "2026-10-02T10:00:00+08:00").get("redemption_no").asText();
        String second = redeem(claim("C-2026-10", "b1", "2026-10-01T10:05:00+08:00"), "M-0001", "600.00",
                "2026-10-02T10:00:00+08:00").get("redemption_no").asText();

        MarketingCli.now("2026-10-03T16:00:00+08:00");   // 30 hours after both redemptions
        assertThat(refused("coupons", "reverse", first)).isEqualTo("REVERSAL_WINDOW_CLOSED");
        mall.ok("settings", "set", "coupon.reversal_hours", "48");
        assertThat(mall.json("coupons", "reverse", first).get("coupon_status").asText()).isEqualTo("ISSUED");
        mall.ok("settings", "set", "coupon.reversal_hours", "0");
        MarketingCli.now("2026-10-02T10:00:01+08:00");
        assertThat(refused("coupons", "reverse", second)).isEqualTo("REVERSAL_WINDOW_CLOSED");
    }
}
