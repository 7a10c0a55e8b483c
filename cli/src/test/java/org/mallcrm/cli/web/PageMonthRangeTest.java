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
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The months the pages take are the months whose days the API takes (1900-01 to 2199-12), written {@code YYYY-MM}:
 * a month outside, or a signed or five-digit year, is refused as a month that is not one is (a 400 naming the
 * parameter in a month filter of links, a sentence above the form that keeps it on /settlements, a 404 in a
 * statement's address), and never reaches the use cases: no 500, no statement of year 1 closed.
 */
class PageMonthRangeTest {

    /** Months that are not months the mall records, or not written as the pages write one. */
    private static final List<String> NOT_MONTHS = List.of("9999-12", "0001-01", "-0001-01", "+10000-01", "1899-12",
            "2200-01", "2026-13", "2026-1", "2026-00");

    @TempDir
    Path dir;

    private CliRun cli;
    private ServedMall mall;

    @BeforeEach
    void start() {
        cli = ServedMall.stallsAndMerchant(dir, ServedMall.A101);
        ServedMall.lease(cli, dir, ServedMall.LEASE_L1);
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private static void refused(HttpResponse<String> r, int status, String what) {
        assertThat(r.statusCode()).as(what).isEqualTo(status);
        assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.mallcrm");
    }

    @Test
    void the_month_filters_refuse_a_month_out_of_range_as_they_refuse_a_month_that_is_not_one() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String m : NOT_MONTHS) {
            for (String page : List.of("/statements", "/bills", "/statements.xlsx", "/bills.xlsx")) {
                HttpResponse<String> r = finance.get(page + "?month=" + WebVisitor.enc(m));
                refused(r, 400, page + " " + m);
                if (!page.endsWith(".xlsx")) {
                    assertThat(r.body()).as(page + " " + m).contains("参数 month 不正确");
                }
            }
        }
        // the first and last months the API takes are months
        for (String m : List.of("1900-01", "2199-12")) {
            for (String page : List.of("/statements", "/settlements", "/bills")) {
                assertThat(finance.get(page + "?month=" + m).statusCode()).as(page + " " + m).isEqualTo(200);
            }
        }
    }

    @Test
    void the_settlements_month_form_says_a_month_out_of_range_above_itself_and_keeps_what_was_typed()
            throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String m : NOT_MONTHS) {
            HttpResponse<String> r = finance.get("/settlements?month=" + WebVisitor.enc(m));
            refused(r, 200, m);
            String page = r.body();
            int error = page.indexOf("data-error=\"month\"");
            assertThat(error).as(m).isPositive().isLessThan(page.indexOf("data-form=\"month\""));
            assertThat(page.substring(error)).as(m).startsWith("data-error=\"month\">月份“" + m + "”不是有效的月份");
            assertThat(page).as(m).contains("name=\"month\" value=\"" + m + "\"").doesNotContain("data-summary");
        }
        assertThat(finance.get("/settlements?month=2199-12").body()).doesNotContain("data-error=")
                .contains("data-summary");
    }

    @Test
    void a_statement_of_a_month_out_of_range_is_not_found_and_cannot_be_closed() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String m : NOT_MONTHS) {
            String path = WebVisitor.enc(m);
            refused(finance.get("/statements/CH01/" + path), 404, "statement " + m);
            refused(finance.post("/statements/CH01/" + path + "/close", "_csrf=" + finance.csrf + "&confirm=1"), 404,
                    "close statement " + m);
            refused(finance.get("/settlements/M-0001/" + path), 404, "settlement " + m);
            refused(finance.post("/settlements/M-0001/" + path + "/close", "_csrf=" + finance.csrf), 404,
                    "close settlement " + m);
        }
        assertThat(mall.ctx.subsidies().closed(MerchantNo.of("M-0001"))).as("nothing closed").isEmpty();
        assertThat(mall.ctx.commissions().closed(java.util.Optional.empty())).as("nothing closed").isEmpty();
    }

    @Test
    void the_channels_trips_page_refuses_a_month_out_of_range() throws Exception {
        WebVisitor channel = mall.account("ch01", Role.CHANNEL, "CH01");
        for (String m : NOT_MONTHS) {
            HttpResponse<String> r = channel.get("/m/trips?month=" + WebVisitor.enc(m));
            refused(r, 400, m);
            assertThat(r.body()).as(m).contains("参数 month 不正确");
        }
        assertThat(channel.get("/m/trips?month=2199-12").statusCode()).isEqualTo(200);
    }
}
