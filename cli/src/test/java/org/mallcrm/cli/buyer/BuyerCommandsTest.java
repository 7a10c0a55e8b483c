package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/** Buyers through the CLI: the import and its refusals, G1 of domain-rules.md §6, shares, a buyer's file. */
class BuyerCommandsTest {

    static final String G1_BUYERS = "buyer_id,name,phone,main_category,province,transport_mode\n"
            + "b1,王芳,13800138001,女装,浙江,COACH\n"
            + "b2,李强,+86 138-0013-8002,男装,广东省,自驾\n"
            + "b3,张伟,13800138003,女装,浙江省,TRAIN\n"
            + "b4,刘洋,13800138004,童装,江苏,\n"
            + "b5,陈静,13800138005,,,\n";

    /** G1's visit days (a check-in at 10:00 Beijing time), and an anonymous buyer's. */
    static final String[][] VISITS = {
        {"b1", "2026-10-30"}, {"b1", "2026-10-20"}, {"b1", "2026-10-10"}, {"b2", "2026-10-01"},
        {"b3", "2026-06-01"}, {"b3", "2026-07-01"}, {"b3", "2026-08-01"}, {"b3", "2026-09-01"},
        {"b4", "2026-10-25"}, {"b4", "2026-10-31"}, {"b5", "2026-03-01"}, {"anon", "2026-10-12"}};

    static final String YEAR = """
            { "campaign_no": "C-YEAR", "name": "全年满减", "kind": "COUPON",
              "starts_at": "2026-01-01T00:00:00+08:00", "ends_at": "2026-12-31T23:59:59+08:00",
              "coupon": {"face": "AMOUNT_OFF", "threshold": "0", "amount": "1.00", "stock": 1000, "per_buyer": 10,
                         "mall_share_pct": "50"} }
            """;

    @TempDir
    Path dir;
    MarketingCli mall;

    @BeforeEach
    void setUp() {
        mall = new MarketingCli(dir);
    }

    @AfterEach
    void clock() {
        MarketingCli.realTime();
    }

    private void spend(String buyer, String amount, String day) {
        String at = day + "T11:00:00+08:00";
        String code = mall.json("coupons", "claim", "--campaign", "C-YEAR", "--buyer", buyer, "--at", at)
                .get("coupon_code").asText();
        mall.ok("coupons", "redeem", code, "--merchant", "M-0001", "--order-amount", amount, "--at", at);
    }

    @Test
    void g1_through_the_cli() {
        mall.ok("import", "buyers", mall.write("buyers.csv", G1_BUYERS).toString());
        StringBuilder scans = new StringBuilder("scan_id,kind,code,buyer_id,scanned_at\n");
        int n = 0;
        for (String[] v : VISITS) {
            scans.append("S").append(++n).append(",CHECKIN,GATE-1,").append(v[0]).append(',').append(v[1])
                    .append("T10:00:00+08:00\n");
            scans.append("S").append(++n).append(",CHECKIN,GATE-2,").append(v[0]).append(',').append(v[1])
                    .append("T16:00:00+08:00\n");
        }
        mall.ok("import", "scans", mall.write("scans.csv", scans.toString()).toString());
        mall.ok("campaigns", "create", "--spec", mall.write("year.json", YEAR).toString());
        mall.ok("campaigns", "start", "C-YEAR");
        spend("b1", "1200.00", "2026-10-20");
        spend("b2", "5000.00", "2026-10-01");
        spend("b4", "300.00", "2026-10-31");
        spend("b5", "800.00", "2026-03-01");

        JsonNode rfm = mall.json("buyers", "rfm", "--as-of", "2026-10-31", "--window-days", "365");
        Map<String, JsonNode> by = new HashMap<>();
        rfm.forEach(r -> by.put(r.get("buyer_id").asText(), r));
        assertThat(by).containsOnlyKeys("b1", "b2", "b3", "b4", "b5");
        assertThat(row(by.get("b1"))).isEqualTo("1 3 1200.00 HHH IMPORTANT_VALUE 重要价值客户");
        assertThat(row(by.get("b2"))).isEqualTo("30 1 5000.00 HLH IMPORTANT_DEVELOP 重要发展客户");
        assertThat(row(by.get("b3"))).isEqualTo("60 4 0.00 LHL GENERAL_RETAIN 一般保持客户");
        assertThat(row(by.get("b4"))).isEqualTo("0 2 300.00 HHL GENERAL_VALUE 一般价值客户");
        assertThat(row(by.get("b5"))).isEqualTo("244 1 800.00 LLH IMPORTANT_WINBACK 重要挽留客户");
        assertThat(mall.ok("buyers", "rfm", "--as-of", "2026-10-31").out())
                .contains("thresholds: R ≤ 30 days, F ≥ 2 visit days, M ≥ 800.00");

        // the mall's fixed thresholds, once chosen in its settings, decide the next analysis
        mall.ok("settings", "set", "buyer.rfm_threshold_mode", "FIXED");
        mall.ok("settings", "set", "buyer.rfm_fixed_monetary", "1000.00");
        Map<String, JsonNode> fixed = new HashMap<>();
        mall.json("buyers", "rfm", "--as-of", "2026-10-31", "--window-days", "365")
                .forEach(r -> fixed.put(r.get("buyer_id").asText(), r));
        assertThat(row(fixed.get("b5"))).isEqualTo("244 1 800.00 LLL GENERAL_WINBACK 一般挽留客户");
        assertThat(row(fixed.get("b1"))).isEqualTo("1 3 1200.00 HHH IMPORTANT_VALUE 重要价值客户");
        assertThat(mall.ok("buyers", "rfm", "--as-of", "2026-10-31").out())
                .contains("thresholds: R ≤ 30 days, F ≥ 2 visit days, M ≥ 1000.00");

        JsonNode file = mall.json("buyers", "show", "b1");
        assertThat(file.get("registered").asBoolean()).isTrue();
        assertThat(file.get("visits").asLong()).isEqualTo(3);
        assertThat(file.get("profile").get("province").asText()).isEqualTo("浙江省");
        assertThat(file.get("coupons")).hasSize(1);
        assertThat(file.get("redemptions").get(0).get("order_amount").asText()).isEqualTo("1200.00");
        JsonNode anonymous = mall.json("buyers", "show", "anon");
        assertThat(anonymous.get("registered").asBoolean()).isFalse();
        assertThat(anonymous.get("visit_days").get(0).asText()).isEqualTo("2026-10-12");
        assertThat(mall.run("buyers", "show", "nobody").exitCode()).isEqualTo(1);

        JsonNode byProvince = mall.json("buyers", "stats", "--by", "province");
        assertThat(byProvince.get(0).get("key").asText()).isEqualTo("浙江省");
        assertThat(byProvince.get(0).get("buyers").asLong()).isEqualTo(2);
        assertThat(byProvince.get(0).get("share_pct").asText()).isEqualTo("40.00");
        JsonNode octoberByCategory = mall.json("buyers", "stats", "--by", "category", "--from", "2026-10-01", "--to",
                "2026-10-31");
        long total = 0;
        for (JsonNode s : octoberByCategory) {
            total += s.get("buyers").asLong();
        }
        assertThat(total).isEqualTo(3);
        assertThat(mall.run("buyers", "stats", "--by", "category", "--from", "2026-10-31", "--to", "2026-10-01")
                .exitCode()).isEqualTo(65);
        assertThat(mall.run("buyers", "stats", "--by", "colour").exitCode()).isEqualTo(64);

        assertThat(mall.json("buyers", "list", "--province", "浙江")).extracting(b -> b.get("buyer_id").asText())
                .containsExactly("b1", "b3");
        assertThat(mall.json("buyers", "list", "--category", "童装")).extracting(b -> b.get("buyer_id").asText())
                .containsExactly("b4");
    }

    private static String row(JsonNode r) {
        return r.get("recency_days").asText() + " " + r.get("frequency").asText() + " " + r.get("monetary").asText()
                + " " + r.get("r").asText() + r.get("f").asText() + r.get("m").asText() + " "
                + r.get("segment").asText() + " " + r.get("segment_name").asText();
    }

    @Test
    void an_import_with_a_phone_used_or_an_unknown_province_writes_nothing() {
        mall.ok("import", "buyers", mall.write("first.csv", "buyer_id,name,phone\nb1,王芳,13800138001\n").toString());
        CliRun.Result r = mall.run("import", "buyers", mall.write("bad.csv", "buyer_id,name,phone,province\n"
                + "b2,李强,13800138001,浙江\n"
                + "b3,张伟,13800138003,火星\n"
                + "b4,刘洋,13800138004,江苏\n").toString());
        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("2,phone,13800138001,phone already used by buyer b1");
        assertThat(r.err()).contains("3,province,火星");
        assertThat(mall.json("buyers", "list")).hasSize(1);
        mall.ok("import", "buyers", mall.write("first.csv", "buyer_id,name,phone\nb1,王芳,13800138001\n").toString());
        assertThat(mall.run("import", "buyers", mall.write("other.csv", "buyer_id,name,phone\nb1,王芳,13800138009\n")
                .toString()).exitCode()).isEqualTo(65);
    }
}
