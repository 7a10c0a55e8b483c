package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/**
 * A lease's actions in the console over a real server: 招商部 amends it, 财务部 records the deposit received, an
 * exit goes request → approve → settle with its statement; bad input is named, a department without the right is
 * refused, and what the pages did is what the use cases then read.
 */
class LeaseActionsPagesTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        CliRun cli = ServedMall.stallsAndMerchant(dir, ServedMall.A101);
        ServedMall.lease(cli, dir, """
                { "lease_no": "L-1", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-15", "end": "2027-01-14", "rent_per_m2_month": "180.00", "billing": "QUARTERLY",
                  "security_deposit": "16380.00" }
                """);
        // Q1 paid on its day; Q2 (due 2026-03-16) not
        cli.ok("receipts", "record", "--lease", "L-1", "--amount", "24570.00", "--on", "2026-01-15");
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private String follow(WebVisitor v, HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return v.follow(r).body();
    }

    @Test
    void leasing_amends_finance_takes_the_deposit_and_an_exit_is_settled_with_its_statement() throws Exception {
        WebVisitor leasing = mall.staff("zhao", "招商部");
        WebVisitor finance = mall.staff("qian", "财务部");

        // 招商部: a month's free extension; bad input named; finance has no amend form and may not post one
        HttpResponse<String> bad = leasing.post("/leases/L-1/amendments", "_csrf=" + leasing.csrf
                + "&type=FREE_EXTENSION&effective_on=2026-04-01&months=one");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("月数（延期、免租）：应为整数").doesNotContain("Exception");
        String amended = follow(leasing, leasing.post("/leases/L-1/amendments", "_csrf=" + leasing.csrf
                + "&type=FREE_EXTENSION&effective_on=2026-04-01&months=1"));
        assertThat(amended).contains("合同已变更，现为第 2 版");
        assertThat(mall.ctx.leaseQueries().find(LeaseNo.of("L-1")).orElseThrow().account().lease().terms().end())
                .hasToString("2027-02-14");
        assertThat(finance.get("/leases/L-1").body()).doesNotContain("data-form=\"amend\"");
        assertThat(finance.post("/leases/L-1/amendments", "_csrf=" + finance.csrf + "&type=FREE_EXTENSION"
                + "&effective_on=2026-04-01&months=1").statusCode()).isEqualTo(403);

        // 财务部: the deposit, a bad amount named, 招商部 may not
        assertThat(leasing.post("/leases/L-1/deposit", "_csrf=" + leasing.csrf + "&amount=100.00").statusCode())
                .isEqualTo(403);
        HttpResponse<String> badAmount = finance.post("/leases/L-1/deposit", "_csrf=" + finance.csrf
                + "&amount=1.234");
        assertThat(badAmount.statusCode()).isEqualTo(422);
        assertThat(badAmount.body()).contains("本次收取：应为金额");
        assertThat(follow(finance, finance.post("/leases/L-1/deposit", "_csrf=" + finance.csrf + "&amount=16380.00")))
                .contains("已收押金 ¥16,380.00").contains("data-field=\"deposit_held\">¥16,380.00<");
        HttpResponse<String> tooMuch = finance.post("/leases/L-1/deposit", "_csrf=" + finance.csrf + "&amount=1.00");
        assertThat(tooMuch.statusCode()).isIn(409, 422);
        assertThat(tooMuch.body()).contains("data-error=\"deposit\"").contains("登记的押金超过了还应收取的押金金额")
                .doesNotContain("asks for a deposit").doesNotContain("未办理：");

        // the exit: a bad day named, then request → approve → settle with damages
        HttpResponse<String> noDay = finance.post("/leases/L-1/exits", "_csrf=" + finance.csrf
                + "&type=SURRENDER&initiator=MERCHANT&exit_on=");
        assertThat(noDay.statusCode()).isEqualTo(422);
        assertThat(noDay.body()).contains("退铺日：应为日期");
        String requested = follow(finance, finance.post("/leases/L-1/exits", "_csrf=" + finance.csrf
                + "&type=SURRENDER&initiator=MERCHANT&exit_on=2026-04-30&reason=" + java.net.URLEncoder.encode(
                        "经营调整", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(requested).contains("已提交退铺申请 X-000001").contains("data-status=\"REQUESTED\"");
        HttpResponse<String> second = finance.post("/leases/L-1/exits", "_csrf=" + finance.csrf
                + "&type=SURRENDER&initiator=MERCHANT&exit_on=2026-05-30");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("这份合同已有进行中的退铺申请").doesNotContain("open exit request");
        assertThat(follow(finance, finance.post("/exits/X-000001/approve", "_csrf=" + finance.csrf)))
                .contains("data-status=\"APPROVED\"");
        HttpResponse<String> again = finance.post("/exits/X-000001/approve", "_csrf=" + finance.csrf);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("退铺申请当前的状态不能办理这一步").doesNotContain("not requested");
        HttpResponse<String> badDamages = finance.post("/exits/X-000001/settle", "_csrf=" + finance.csrf
                + "&damages=-5&confirm=1");
        assertThat(badDamages.statusCode()).isIn(409, 422);
        String settled = follow(finance, finance.post("/exits/X-000001/settle", "_csrf=" + finance.csrf
                + "&damages=500.00&confirm=1"));
        assertThat(settled).contains("已结算").contains("data-field=\"s_damages\">¥500.00<")
                .contains("已于 2026-04-30 退铺").doesNotContain("data-form=\"exit\"")
                .doesNotContain("data-form=\"deposit\"");
        var ended = mall.ctx.leaseQueries().find(LeaseNo.of("L-1")).orElseThrow();
        assertThat(ended.ending()).isEqualTo(LeaseEnding.exit(java.time.LocalDate.parse("2026-04-30")));
        assertThat(ended.account().balanced()).isTrue();
        assertThat(ended.deposit().held()).isEqualTo(Money.ZERO);
        HttpResponse<String> afterEnd = finance.post("/leases/L-1/exits", "_csrf=" + finance.csrf
                + "&type=SURRENDER&initiator=MERCHANT&exit_on=2026-05-30");
        assertThat(afterEnd.statusCode()).isEqualTo(409);
        assertThat(afterEnd.body()).contains("合同已经结束，不能再办理。").doesNotContain("already ended");
        assertThat(finance.post("/exits/X-404/approve", "_csrf=" + finance.csrf).statusCode()).isEqualTo(404);
    }

    @Test
    void an_amendment_of_months_outside_one_to_240_is_refused_on_the_form_naming_the_field_and_nothing_changes()
            throws Exception {
        WebVisitor leasing = mall.staff("zhao", "招商部");
        for (String type : List.of("FREE_EXTENSION", "RENT_FREE_MONTHS")) {
            for (String months : List.of("2147483647", "99999999999", "241", "999", "0", "-1", "")) {
                HttpResponse<String> r = leasing.post("/leases/L-1/amendments", "_csrf=" + leasing.csrf + "&type="
                        + type + "&effective_on=2026-04-01&from=2026-05-01&months=" + months);
                assertThat(r.statusCode()).as(type + " " + months).isEqualTo(422);
                assertThat(r.body()).as(type + " " + months).contains("data-error=\"amend\"")
                        .contains("name=\"months\" inputmode=\"numeric\" value=\"" + months + "\"")
                        // the field and its bound, as every other message of the form, not a general sentence
                        .contains("月数（延期、免租）：应为 1 到 240 的整数")
                        .doesNotContain("有一项填写有误").doesNotContain("changes[0]").doesNotContain("Exception");
            }
            HttpResponse<String> word = leasing.post("/leases/L-1/amendments", "_csrf=" + leasing.csrf + "&type="
                    + type + "&effective_on=2026-04-01&from=2026-05-01&months=abc");
            assertThat(word.statusCode()).as(type + " abc").isEqualTo(422);
            assertThat(word.body()).as(type + " abc").contains("月数（延期、免租）：应为整数")
                    .doesNotContain("有一项填写有误");
        }
        assertThat(mall.ctx.leaseQueries().find(LeaseNo.of("L-1")).orElseThrow().account().lease().terms().end())
                .as("unchanged").hasToString("2027-01-14");
    }

    @Test
    void a_bad_start_or_price_of_an_amendment_is_said_by_its_own_field_and_nothing_changes() throws Exception {
        WebVisitor leasing = mall.staff("zhao", "招商部");
        int version = mall.ctx.leaseQueries().find(LeaseNo.of("L-1")).orElseThrow().account().lease().version();
        record Bad(String type, String from, String rent, String said) {
        }
        for (Bad b : List.of(
                new Bad("PRICE_CHANGE", "2026-05-01", "", "新单价“”不对：须为金额，最多两位小数"),
                new Bad("PRICE_CHANGE", "2026-05-01", "12.345", "新单价“12.345”不对：须为金额，最多两位小数"),
                new Bad("PRICE_CHANGE", "2026-13-01", "120.00", "起始日期（免租、调价）“2026-13-01”不对：请填写日期"),
                new Bad("PRICE_CHANGE", "", "120.00", "起始日期（免租、调价）“”不对：请填写日期"),
                new Bad("RENT_FREE_MONTHS", "someday", "", "起始日期（免租、调价）“someday”不对：请填写日期"))) {
            HttpResponse<String> r = leasing.post("/leases/L-1/amendments", "_csrf=" + leasing.csrf + "&type="
                    + b.type() + "&effective_on=2026-04-01&from=" + WebVisitor.enc(b.from()) + "&months=2"
                    + "&rent_per_m2=" + WebVisitor.enc(b.rent()));
            assertThat(r.statusCode()).as(b.toString()).isEqualTo(422);
            assertThat(r.body()).as(b.toString()).contains("data-error=\"amend\"").contains(b.said())
                    .doesNotContain("有一项填写有误").doesNotContain("changes[0]").doesNotContain("Exception")
                    .doesNotContain("Cannot invoke");
        }
        assertThat(mall.ctx.leaseQueries().find(LeaseNo.of("L-1")).orElseThrow().account().lease().version())
                .as("no amendment written").isEqualTo(version);
    }
}
