package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.domain.campaign.CampaignNo;

/**
 * The money fields of the campaign form (新建活动: 使用门槛, 减免金额, 最多减) over a real server: a value left out
 * where the coupon needs one is said to be missing, a value typed that is not an amount is said to be one, a value
 * the other kind of coupon takes is said to belong to it; each named by its field above the form and beside the
 * field, with what was typed kept, and no campaign created.
 */
class CampaignFormPageTest {

    private static final List<String> NOT_AMOUNTS = List.of("100.", ".5", "+5", "1e3", "100.000", "-1", "0", "abc");

    @TempDir
    Path dir;

    private ServedMall mall;
    private WebVisitor marketing;

    @BeforeEach
    void start() throws Exception {
        ServedMall.now("2026-09-05T10:00:00+08:00");
        mall = ServedMall.serve(dir.resolve("m.db"));
        marketing = mall.staff("zhao.yu", "MARKETING");
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    /** The form of a coupon campaign C-10 with every field but the coupon's face and money fields. */
    private String form(String face) {
        return "_csrf=" + marketing.csrf + "&campaign_no=C-10&name=" + WebVisitor.enc("国庆满减") + "&kind=COUPON"
                + "&starts_at=2026-10-01T00:00&ends_at=2026-10-07T23:59&coupon.face=" + face
                + "&coupon.stock=100&coupon.per_buyer=1&coupon.mall_share_pct=60";
    }

    private HttpResponse<String> post(String form) throws Exception {
        return marketing.post("/campaigns", form);
    }

    /** What the page says above the form. */
    private static String said(HttpResponse<String> r) {
        String page = r.body();
        int error = page.indexOf("data-error=\"campaign\"");
        assertThat(error).as("a message above the form").isPositive()
                .isLessThan(page.indexOf("<fieldset"));
        return page.substring(error, page.indexOf("</ul>", error));
    }

    /** What the page says beside a field. */
    private static String beside(HttpResponse<String> r, String field) {
        String page = r.body();
        int at = page.indexOf("data-field-error=\"" + field + "\"");
        assertThat(at).as("a message beside " + field).isPositive();
        return page.substring(at, page.indexOf("</span>", at));
    }

    private boolean created() {
        return mall.ctx.campaigns().find(CampaignNo.of("C-10")).isPresent();
    }

    @Test
    void an_amount_off_left_out_is_said_to_be_missing_and_one_mistyped_is_said_to_be_no_amount() throws Exception {
        HttpResponse<String> missing = post(form("AMOUNT_OFF") + "&coupon.amount=");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(said(missing)).contains("减免金额（coupon.amount）：未填写；满减券须填写减免金额，例如 20.00")
                .doesNotContain("应为");
        assertThat(created()).isFalse();

        for (String amount : NOT_AMOUNTS) {
            HttpResponse<String> r = post(form("AMOUNT_OFF") + "&coupon.amount=" + WebVisitor.enc(amount));
            assertThat(r.statusCode()).as(amount).isEqualTo(422);
            assertThat(said(r)).as(amount)
                    .contains("减免金额（coupon.amount）：应为大于零的金额，最多两位小数，例如 20.00")
                    .doesNotContain("未填写", "须填写");
            assertThat(beside(r, "coupon.amount")).as(amount).contains("应为大于零的金额");
            assertThat(r.body()).as(amount).contains("name=\"coupon.amount\" value=\"" + amount + "\"")
                    .contains("value=\"国庆满减\"").doesNotContain("Exception");
            assertThat(created()).as(amount + ": nothing created").isFalse();
        }
    }

    @Test
    void a_mistyped_threshold_or_cap_is_said_to_be_no_amount() throws Exception {
        for (String threshold : List.of("100.", "+5", "1e3", "100.000", "-1", "abc")) {
            HttpResponse<String> r = post(form("AMOUNT_OFF") + "&coupon.amount=20.00&coupon.threshold="
                    + WebVisitor.enc(threshold));
            assertThat(r.statusCode()).as(threshold).isEqualTo(422);
            assertThat(said(r)).as(threshold)
                    .contains("使用门槛（满）（coupon.threshold）：应为不小于零的金额，最多两位小数，例如 500.00");
            assertThat(r.body()).as(threshold).contains("name=\"coupon.threshold\" value=\"" + threshold + "\"");
        }
        for (String cap : NOT_AMOUNTS) {
            HttpResponse<String> r = post(form("PERCENT_OFF") + "&coupon.percent_off=10&coupon.cap="
                    + WebVisitor.enc(cap));
            assertThat(r.statusCode()).as(cap).isEqualTo(422);
            assertThat(said(r)).as(cap)
                    .contains("最多减（coupon.cap）：应为大于零的金额，最多两位小数，例如 100.00")
                    .doesNotContain("只有折扣券");
            assertThat(r.body()).as(cap).contains("name=\"coupon.cap\" value=\"" + cap + "\"");
        }
        assertThat(created()).isFalse();
    }

    @Test
    void a_value_the_other_kind_of_coupon_takes_is_said_to_belong_to_it() throws Exception {
        HttpResponse<String> amountOnPercent = post(form("PERCENT_OFF") + "&coupon.percent_off=10&coupon.amount=50.00");
        assertThat(amountOnPercent.statusCode()).isEqualTo(422);
        assertThat(said(amountOnPercent)).contains("减免金额（coupon.amount）：折扣券不设减免金额，请留空")
                .doesNotContain("应为", "未填写");
        HttpResponse<String> capOnAmount = post(form("AMOUNT_OFF") + "&coupon.amount=50.00&coupon.cap=80");
        assertThat(capOnAmount.statusCode()).isEqualTo(422);
        assertThat(said(capOnAmount)).contains("最多减（coupon.cap）：满减券不设最多减，请留空")
                .doesNotContain("应为", "未填写");
        HttpResponse<String> noPercent = post(form("PERCENT_OFF"));
        assertThat(said(noPercent)).contains("折扣（减百分之几）（coupon.percent_off）：未填写；折扣券须填写折扣，例如 10");
        assertThat(created()).isFalse();

        HttpResponse<String> ok = post(form("AMOUNT_OFF") + "&coupon.amount=20.00&coupon.threshold=200.00");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(created()).isTrue();
    }

    @Test
    void a_start_or_end_out_of_the_years_the_mall_keeps_is_said_above_the_form_and_nothing_is_created()
            throws Exception {
        String coupon = "&coupon.threshold=100.00&coupon.amount=20.00";
        for (String at : List.of("9999-12-31T23:59", "0001-01-01T00:00", "1899-12-31T23:59", "2200-01-01T00:00")) {
            HttpResponse<String> start = post(form("AMOUNT_OFF").replace("starts_at=2026-10-01T00:00",
                    "starts_at=" + at) + coupon);
            assertThat(start.statusCode()).as(at).isEqualTo(422);
            assertThat(said(start)).as(at).contains("开始时间（starts_at）：请选择开始时间（1900 年至 2199 年之间）");
            assertThat(start.body()).as(at).contains("value=\"" + at + "\"").doesNotContain("Exception");
            HttpResponse<String> end = post(form("AMOUNT_OFF").replace("ends_at=2026-10-07T23:59", "ends_at=" + at)
                    + coupon);
            assertThat(end.statusCode()).as(at).isEqualTo(422);
            assertThat(said(end)).as(at).contains("结束时间（ends_at）：请选择结束时间（1900 年至 2199 年之间）");
            assertThat(created()).as(at).isFalse();
        }
        // the first and last minutes the mall keeps are times
        HttpResponse<String> widest = post(form("AMOUNT_OFF").replace("starts_at=2026-10-01T00:00",
                "starts_at=1900-01-01T00:00").replace("ends_at=2026-10-07T23:59", "ends_at=2199-12-31T23:59") + coupon);
        assertThat(widest.statusCode()).isEqualTo(303);
        assertThat(created()).isTrue();
    }
}
