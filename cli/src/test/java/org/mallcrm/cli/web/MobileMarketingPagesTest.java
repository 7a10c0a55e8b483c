package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.access.Role;

/**
 * The buyer app's coupons page and the merchant app's redemption page over a real server: a buyer claims a coupon
 * and sees it, the merchant redeems it and sees the split, a second redemption and a claim beyond the limit are
 * refused in words, another buyer's or merchant's pages are not theirs to use.
 */
class MobileMarketingPagesTest {

    static final String CAMPAIGN = """
            { "campaign_no": "C-1", "name": "国庆满减", "kind": "COUPON",
              "starts_at": "2026-10-01T00:00:00+08:00", "ends_at": "2026-10-31T23:59:59+08:00",
              "coupon": {"face": "AMOUNT_OFF", "threshold": "500.00", "amount": "50.00", "stock": 10,
                         "per_buyer": 1, "mall_share_pct": "60"} }
            """;
    static final String EVENT = """
            { "campaign_no": "E-1", "name": "秋季订货会", "kind": "EVENT",
              "starts_at": "2026-10-20T09:00:00+08:00", "ends_at": "2026-10-20T18:00:00+08:00", "capacity": 1 }
            """;

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        ServedMall.now("2026-10-02T10:00:00+08:00");
        Path db = dir.resolve("m.db");
        CliRun cli = new CliRun(db);
        ServedMall.stalls(cli, dir, ServedMall.A101);
        ServedMall.merchants(cli, dir, "M-0001,杭州丽人服饰,王丽,13800000001,展会,OPERATING,A,女装,浙江\n"
                        + "M-0002,广州潮男,李强,13900000002,展会,OPERATING,B,男装,广东\n");
        ServedMall.lease(cli, dir, """
                { "lease_no": "L-1", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-01", "end": "2026-12-31", "rent_per_m2_month": "100.00", "billing": "MONTHLY" }
                """);
        ServedMall.buyers(cli, dir, "b1,王芳,13800138001,女装,浙江,COACH\nb2,李强,13800138002,女装,广东,自驾\n");
        cli.ok("campaigns", "create", "--spec", CliRun.write(dir, "c1.json", CAMPAIGN).toString());
        cli.ok("campaigns", "create", "--spec", CliRun.write(dir, "e1.json", EVENT).toString());
        cli.ok("campaigns", "start", "C-1");
        cli.ok("campaigns", "start", "E-1");
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    @Test
    void a_buyer_claims_and_signs_up_and_the_merchant_redeems_once() throws Exception {
        WebVisitor buyer = mall.account("wang.fang", Role.BUYER, "b1");
        WebVisitor other = mall.account("li.qiang", Role.BUYER, "b2");
        WebVisitor merchant = mall.account("m-0001", Role.MERCHANT, "M-0001");
        WebVisitor noLease = mall.account("m-0002", Role.MERCHANT, "M-0002");

        assertThat(buyer.get("/m/").headers().firstValue("location")).contains("/m/coupons");
        String page = buyer.get("/m/coupons").body();
        assertThat(page).contains("国庆满减").contains("满 ¥500.00 减 ¥50.00").contains("data-campaign-no=\"E-1\"")
                .contains("您还没有领取优惠券");

        HttpResponse<String> claimed = buyer.post("/m/campaigns/C-1/claim", "_csrf=" + buyer.csrf);
        assertThat(claimed.statusCode()).isEqualTo(303);
        String after = buyer.follow(claimed).body();
        Matcher code = Pattern.compile("data-coupon-code=\"([0-9A-Z]{14})\"").matcher(after);
        assertThat(code.find()).as(after).isTrue();
        assertThat(after).contains("领取成功").contains("未使用");
        HttpResponse<String> again = buyer.post("/m/campaigns/C-1/claim", "_csrf=" + buyer.csrf);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("您已达到此活动的领取上限");
        assertThat(buyer.post("/m/campaigns/C-1/claim", "").statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(buyer.post("/m/campaigns/C-NONE/claim", "_csrf=" + buyer.csrf).statusCode()).isEqualTo(404);

        assertThat(buyer.post("/m/campaigns/E-1/signup", "_csrf=" + buyer.csrf).statusCode()).isEqualTo(303);
        assertThat(buyer.get("/m/coupons").body()).contains("data-status=\"SIGNED_UP\"");
        HttpResponse<String> full = other.post("/m/campaigns/E-1/signup", "_csrf=" + other.csrf);
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(full.body()).contains("名额已满");
        assertThat(other.get("/m/coupons").body()).doesNotContain(code.group(1));

        String form = "_csrf=" + merchant.csrf + "&coupon_code=" + code.group(1).toLowerCase() + "&order_amount=";
        HttpResponse<String> below = merchant.post("/m/redeem", form + "300.00");
        assertThat(below.statusCode()).isEqualTo(409);
        assertThat(below.body()).contains("订单金额未达到使用门槛");
        HttpResponse<String> bad = merchant.post("/m/redeem", form + "1.234");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("订单金额须为大于零的金额，最多两位小数。").doesNotContain("Exception");
        assertThat(noLease.post("/m/redeem", "_csrf=" + noLease.csrf + "&coupon_code=" + code.group(1)
                + "&order_amount=800.00").body()).contains("本店不在此券的适用范围内");
        HttpResponse<String> redeemed = merchant.post("/m/redeem", form + "800.00");
        assertThat(redeemed.statusCode()).isEqualTo(201);
        assertThat(redeemed.body()).contains("核销成功").contains("商场承担 ¥30.00，商户承担 ¥20.00")
                .contains("data-redemption-no=\"RD-" + code.group(1) + "-1\"");
        assertThat(merchant.post("/m/redeem", form + "800.00").body()).contains("此券已核销过");
        assertThat(buyer.get("/m/coupons").body()).contains("已核销");
        assertThat(noLease.get("/m/redeem").body()).doesNotContain("RD-" + code.group(1));
        assertThat(buyer.get("/m/redeem").statusCode()).as("a buyer has no redemption page").isEqualTo(404);
        assertThat(merchant.get("/m/coupons").statusCode()).isEqualTo(404);
    }
}
