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
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * The days the console's forms and period filters take are the days the API takes (1900-01-01 to 2199-12-31): a day
 * outside is a real calendar day but not one the mall records, and it is said on the page above the form, as a day
 * that is not a date is, with what was typed kept; nothing reaches the use cases.
 */
class PageDateRangeTest {

    /** Calendar days outside the API's range. */
    private static final List<String> OUT_OF_RANGE = List.of("0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31");

    @TempDir
    Path dir;

    private CliRun cli;
    private ServedMall mall;

    @BeforeEach
    void start() {
        cli = ServedMall.stallsAndMerchant(dir, ServedMall.A101 + ServedMall.A102);
        ServedMall.lease(cli, dir, ServedMall.LEASE_L1);
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    /** What the page says in its error list {@code data-error="name"}, which must come before {@code before}. */
    private static String said(String page, String name, String before) {
        int error = page.indexOf("data-error=\"" + name + "\"");
        assertThat(error).as("a message " + name).isPositive().isLessThan(page.indexOf(before));
        return page.substring(error, page.indexOf("</ul>", error));
    }

    @Test
    void the_receipt_form_refuses_a_day_out_of_range_as_it_refuses_a_day_that_is_not_one() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String day : OUT_OF_RANGE) {
            HttpResponse<String> r = finance.post("/leases/L-1/receipts", "_csrf=" + finance.csrf
                    + "&amount=100.50&on=" + day + "&method=TRANSFER");
            assertThat(r.statusCode()).as(day).isEqualTo(422);
            assertThat(said(r.body(), "receipt", "<input name=\"on\"")).as(day)
                    .contains("收款日期：应为日期，例如 2026-12-31").doesNotContain("金额");
            assertThat(r.body()).as(day).contains("name=\"on\" type=\"date\" value=\"" + day + "\"");
            assertThat(mall.ctx.receipts().list(LeaseNo.of("L-1"), null, 100).items()).as(day).isEmpty();
        }
    }

    @Test
    void the_exit_form_refuses_a_day_out_of_range() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String day : OUT_OF_RANGE) {
            HttpResponse<String> r = finance.post("/leases/L-1/exits", "_csrf=" + finance.csrf
                    + "&type=SURRENDER&initiator=MERCHANT&exit_on=" + day);
            assertThat(r.statusCode()).as(day).isEqualTo(422);
            assertThat(said(r.body(), "exit", "<input name=\"exit_on\"")).as(day).contains("退铺日：应为日期");
            assertThat(r.body()).as(day).contains("name=\"exit_on\" type=\"date\" value=\"" + day + "\"");
            assertThat(mall.ctx.exitUseCases().ofLease(LeaseNo.of("L-1"))).as(day).isEmpty();
        }
    }

    @Test
    void the_stall_documents_refuse_an_effective_day_out_of_range() throws Exception {
        WebVisitor archives = mall.staff("sun", "档案部");
        for (String day : OUT_OF_RANGE) {
            HttpResponse<String> r = archives.post("/stalls/1F-A-102/change", "_csrf=" + archives.csrf
                    + "&leasable_area_m2=40.00&approved_by=" + WebVisitor.enc("张经理") + "&effective_on=" + day);
            assertThat(r.statusCode()).as(day).isEqualTo(422);
            assertThat(said(r.body(), "change", "data-form=\"split\"")).as(day).contains("生效日期：应为日期");
            assertThat(r.body()).as(day).contains("name=\"effective_on\" type=\"date\" value=\"" + day + "\"");
            assertThat(mall.ctx.stallHistory().history(StallNo.of("1F-A-102")).orElseThrow().documents())
                    .as(day).isEmpty();
        }
    }

    @Test
    void the_follow_up_form_refuses_a_day_out_of_range() throws Exception {
        WebVisitor leasing = mall.staff("wang", "招商部");
        for (String day : OUT_OF_RANGE) {
            HttpResponse<String> r = leasing.post("/merchants/M-0001/follow-ups", "_csrf=" + leasing.csrf
                    + "&note=" + WebVisitor.enc("谈了租金") + "&on=2026-04-01&next_visit_on=" + day);
            assertThat(r.statusCode()).as(day).isEqualTo(422);
            assertThat(said(r.body(), "follow-up", "<input name=\"next_visit_on\"")).as(day)
                    .contains("下次拜访日期“" + day + "”不是有效日期");
            assertThat(r.body()).as(day).contains("name=\"next_visit_on\" type=\"date\" value=\"" + day + "\"");
        }
        assertThat(cli.json("merchants", "show", "M-0001").get("follow_ups")).as("nothing written").isEmpty();
    }

    @Test
    void the_trips_period_refuses_a_day_out_of_range_above_the_form_that_keeps_it() throws Exception {
        WebVisitor leasing = mall.staff("zheng", "招商部");
        HttpResponse<String> late = leasing.get("/trips?from=9999-12-01&to=9999-12-31");
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("<h1>渠道团次</h1>")
                .contains("name=\"from\" value=\"9999-12-01\"").contains("name=\"to\" value=\"9999-12-31\"")
                .contains("role=\"alert\" data-error=\"period\">开始日期“9999-12-01”不是有效的日期")
                .doesNotContain("data-export=\"xlsx\"");
        assertThat(leasing.get("/trips?from=2026-03-01&to=2200-01-01").body())
                .contains("data-error=\"period\">结束日期“2200-01-01”不是有效的日期");
        // the export reads the same period, and has no page to say it on
        assertThat(leasing.get("/trips.xlsx?from=9999-12-01&to=9999-12-31").statusCode()).isEqualTo(400);
    }

    @Test
    void the_buyer_analysis_window_refuses_a_day_out_of_range_above_the_form_that_keeps_it() throws Exception {
        WebVisitor marketing = mall.staff("zhao.yu", "MARKETING");
        HttpResponse<String> early = marketing.get("/buyers/stats?from=0001-01-01");
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains("name=\"from\" value=\"0001-01-01\"")
                .contains("data-error=\"window\">开始日期“0001-01-01”不是有效的日期").doesNotContain("data-shares=");
        assertThat(marketing.get("/buyers/stats?to=9999-12-31").body())
                .contains("name=\"to\" value=\"9999-12-31\"")
                .contains("data-error=\"window\">结束日期“9999-12-31”不是有效的日期");
        // the first and last days the API takes are days
        assertThat(marketing.get("/buyers/stats?from=1900-01-01&to=2199-12-31").body()).doesNotContain("data-error=");
    }
}
